package org.dossier.annotate.lexicon;

import java.util.Locale;

/**
 * What a word of {@code modality.tsv} says of its clause. Each value fixes, once for every layer, whether the
 * clause looks ahead (time), whether it hedges an attribution (claims) and what it makes of an event (events), so
 * the three layers cannot read the same word differently.
 */
public enum Modality {
    /** "will meet", "is expected to meet", "is slated to meet", "the upcoming summit". */
    PREDICTION(true, false),
    /** "may meet", "could meet", "a potential ceasefire". */
    POSSIBILITY(true, true),
    /** "can meet". */
    ABILITY(true, false),
    /** "should meet", "is to meet". */
    OBLIGATION(true, false),
    /** "would meet". */
    CONDITIONAL(true, false),
    /** "plans to meet", "wants to meet". */
    INTENT(true, false),
    /** "continues to meet": as the governing verb. */
    ASPECT(false, false),
    /** "refused to meet", "failed to meet": it did not happen. */
    FAILURE(false, false),
    /** "is said to have met": somebody else's report. */
    REPORT(false, true),
    /** "reportedly met". */
    HEDGE(false, true),
    /** "possibly met", "perhaps met". */
    UNCERTAINTY(false, true),
    /** "if they meet". */
    CONDITION(false, false),
    /** "did not meet", "no talks". */
    NEGATION(false, false);

    private final boolean looksAhead;
    private final boolean hedges;

    Modality(boolean looksAhead, boolean hedges) {
        this.looksAhead = looksAhead;
        this.hedges = hedges;
    }

    /** Whether a clause read so lies ahead of the time it is told in ("expected to meet Monday": the next Monday). */
    public boolean looksAhead() {
        return looksAhead;
    }

    /** Whether the text distances itself from an attribution read so ("may", "reportedly", "is said to"). */
    public boolean hedges() {
        return hedges;
    }

    /** The value named in the lexicon ({@code prediction}), or {@code null}. */
    static Modality named(String name) {
        for (Modality m : values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(name)) {
                return m;
            }
        }
        return null;
    }
}
