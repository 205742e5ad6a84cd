package org.dossier.merge;

import org.dossier.model.EventType;

import java.util.Set;

/**
 * An article's event as the event merger weighs it.
 *
 * @param type         its type
 * @param predicate    its predicate (lemma), as the record gives it
 * @param key          its predicate key ({@link EventLexicon#predicateKey})
 * @param participants the corpus entities among its participants
 * @param place        the corpus entity of where it happened, or {@code null}
 * @param date         its TIMEX3-style date value ("2008-12-07", "2008-12", "XXXX-12-07"), or {@code null}
 * @param factuality   its factuality label (asserted, negated, ...)
 */
public record EventReport(EventType type, String predicate, String key, Set<Long> participants, Long place,
                          String date, String factuality) {

    public EventReport {
        participants = Set.copyOf(participants);
    }
}
