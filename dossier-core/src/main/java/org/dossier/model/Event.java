package org.dossier.model;

import java.util.List;

/**
 * An action a news reader would put on a timeline.
 *
 * @param cameo       CAMEO code where one fits, else {@code null}
 * @param predicate   lemma of the trigger
 * @param sentence    index of the sentence holding the trigger
 * @param location    entity id of where it happened, or {@code null}
 * @param date        TIMEX3-style value (explicit, inherited from the discourse), or {@code null}
 * @param timex       id of the timex the date was anchored to, or {@code null}
 * @param attribution id of the claim through which alone the event is known, or {@code null}
 * @param ace         ACE 2005 subtype where one fits ({@code "Life:Die"}, {@code "Justice:Sentence"}), else
 *                    {@code null}
 */
public record Event(String id, EventType type, String cameo, String predicate, Span trigger, int sentence,
                    List<Participant> participants, String location, String date, String timex,
                    Factuality factuality, String attribution, String ace) {

    public Event {
        participants = List.copyOf(participants);
    }

    /** An event without an ACE subtype (the form of records written before {@code ace} existed). */
    public Event(String id, EventType type, String cameo, String predicate, Span trigger, int sentence,
                 List<Participant> participants, String location, String date, String timex,
                 Factuality factuality, String attribution) {
        this(id, type, cameo, predicate, trigger, sentence, participants, location, date, timex, factuality,
                attribution, null);
    }
}
