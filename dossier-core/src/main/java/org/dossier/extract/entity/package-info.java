/**
 * Named entities: turns CoreNLP's named-entity tags into one entity per real-world referent in the article (people,
 * organizations, places, other names), with its fullest name, its aliases, a person's titles, and every mention
 * resolved to it: names, pronouns and definite descriptions. The public entry point is {@link
 * org.dossier.extract.entity.NamedEntityExtractor}; its stages are package-private. The small word lists the stages
 * read (title words, honorifics, given names, organization and place head words, description nouns, surname
 * particles, pronouns) are resources beside these classes.
 *
 * <p>This package is also the one home of names and reference for the layers after it: {@link
 * org.dossier.extract.entity.Names} (normalization, person-name split, particles, initials, pronouns) is how the
 * claim layer and cross-article merging ({@code org.dossier.merge}) read a name, and {@link
 * org.dossier.extract.entity.References} is how claims and events read what a pronoun or description refers to,
 * instead of resolving it again.
 */
package org.dossier.extract.entity;
