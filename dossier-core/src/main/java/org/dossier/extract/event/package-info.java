/**
 * Events: finds the actions a news reader would put on a timeline (verbs such as "visited", "called on",
 * "seized", event nouns such as "talks", "the Dec. 7 meeting", light-verb phrases such as "submitted its
 * application") and gives each its {@link org.dossier.model.EventType} with CAMEO code, its participants resolved
 * to the article's entities (conjunctions expanded, possessors and prepositional objects included), its place, its
 * date (the timex attached to it, the occasion it happened during, or the occasion the discourse continues) and its
 * {@link org.dossier.model.Factuality}, linking an event known only through a claim to that claim. Rules read the
 * dependency tree of each sentence; the words they look for are in {@code event-lexicon.tsv}.
 */
package org.dossier.extract.event;
