/**
 * Cross-article entities: deciding whether an entity found in one article is a corpus entity already known
 * ("Zelensky" here, "Volodymyr Zelensky" there) or a new one (another Smith). Merging is conservative: the type must
 * match, the names must be compatible ({@link org.dossier.merge.PersonName}, {@link org.dossier.merge.NameKeys}, both
 * reading names through the entity layer's names API, {@link org.dossier.extract.entity.Names}),
 * and a partial name (a surname alone, an acronym) needs evidence, a shared title or a shared co-occurring entity.
 * Every decision carries a sentence that explains it ({@code dossier entity NAME --why}).
 */
package org.dossier.merge;
