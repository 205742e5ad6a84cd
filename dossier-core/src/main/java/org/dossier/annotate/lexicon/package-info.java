/**
 * The kernel lexicon: one file format ({@link org.dossier.annotate.lexicon.LexiconFile}), one reader, and the word
 * lists more than one layer needs ({@link org.dossier.annotate.lexicon.Lexicon}): modality, negation and hedges,
 * attribution cues with their frames, role nouns, occasions, surname particles. The files live beside these classes
 * under {@code org/dossier/annotate/lexicon/}; a word added there changes every layer that reads the list.
 */
package org.dossier.annotate.lexicon;
