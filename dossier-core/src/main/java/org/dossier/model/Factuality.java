package org.dossier.model;

import java.util.Locale;

/** Whether an event happened, as the article presents it. */
public enum Factuality {
    /** The article states it happened (or is happening). */
    ASSERTED,
    /** Known only through someone else's account, or hedged. */
    REPORTED,
    /** Scheduled or predicted. */
    EXPECTED,
    /** Requested, proposed, conditional or potential. */
    HYPOTHETICAL,
    /** The text says it did not happen. */
    NEGATED;

    /** The lower-case form used in {@code dossier/1}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Factuality ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
