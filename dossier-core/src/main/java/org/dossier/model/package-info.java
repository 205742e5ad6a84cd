/**
 * The records every stage passes to the next: an {@link org.dossier.model.Article} read from input,
 * and the layers extracted from it ({@link org.dossier.model.Entity}, {@link org.dossier.model.Timex}, ...),
 * gathered in an {@link org.dossier.model.ArticleRecord} that serializes to the public {@code dossier/1} contract.
 * All records are immutable; every extracted thing carries a {@link org.dossier.model.Span} into the article's text.
 */
package org.dossier.model;
