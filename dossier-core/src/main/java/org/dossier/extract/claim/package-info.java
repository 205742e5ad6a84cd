/**
 * Claims: the attribution relations of an article (PARC / PolNeAR), direct and indirect speech alike. A cue
 * lexicon names the verbs ({@code cues.tsv}) and the nouns and adjectives ({@code cue-nouns.tsv}: "X's claim
 * that", "critical of") that attribute; the dependency parse, checked against the text,
 * gives each cue its source and content; sources are linked to entities through their mentions (pronouns and
 * role descriptions resolved when the entity layer has not), dated from the time expressions around the cue or
 * the discourse, given the sources they cite ("citing", "according to") and marked when hedged.
 */
package org.dossier.extract.claim;
