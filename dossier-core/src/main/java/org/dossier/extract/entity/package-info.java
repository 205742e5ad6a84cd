/**
 * Named entities: turns CoreNLP's named-entity tags into one entity per real-world referent in the article (people,
 * organizations, places, other names), with its fullest name, its aliases, a person's titles, and every mention
 * resolved to it: names, pronouns and definite descriptions. The public entry point is {@link
 * org.dossier.extract.entity.NamedEntityExtractor}; its stages are package-private. The small word lists the stages
 * read (title words, honorifics, given names, organization and place head words, description nouns) are resources
 * beside these classes.
 */
package org.dossier.extract.entity;
