package org.dossier.extract.event;

import org.dossier.model.EventType;

/**
 * Where an event is said in a sentence.
 *
 * @param head      the event word: the verb, or the event noun (also of a light-verb phrase)
 * @param clause    the token that carries the event's tense, mood and subject: the verb, the light verb of
 *                  "held talks", or the noun itself for a nominal event
 * @param first     first token of the trigger span ("called" in "called on", "submitted" in "submitted its
 *                  application")
 * @param last      last token of the trigger span
 * @param predicate lemma of the event word ("call", "talk", "application")
 * @param nominal   true for an event noun standing without a light verb ("the Dec. 7 meeting")
 * @param ace       the ACE 2005 subtype of the word's sense, or null
 */
record Trigger(int head, int clause, int first, int last, EventType type, String predicate, boolean nominal,
               String ace) {

    Trigger(int head, int clause, int first, int last, EventType type, String predicate, boolean nominal) {
        this(head, clause, first, last, type, predicate, nominal, null);
    }

    /** True when token {@code i} is part of this trigger's event word or light verb. */
    boolean covers(int i) {
        return i == head || i == clause;
    }
}
