package org.dossier.model;

import java.util.List;

/**
 * An attribution relation, direct or indirect speech alike (PARC / PolNeAR): who says it, the cue, what is said.
 *
 * @param source     entity id of who says, reports, believes or promises it, or {@code null}
 * @param sourceSpan the source as written ("an official familiar with the matter"), or {@code null} when the
 *                   text names none
 * @param cue        "said", "according to", "citing", ...
 * @param content    the clause, quote or noun phrase attributed
 * @param via        whom the source itself cites ("undisclosed official sources")
 * @param date       TIMEX3 value of when the source said it, or {@code null}
 * @param hedged     true for "reportedly", "allegedly", "is said to", "may", ...
 */
public record Claim(String id, String source, Span sourceSpan, Span cue, Span content, List<String> via,
                    String date, boolean hedged) {

    public Claim {
        via = List.copyOf(via);
    }
}
