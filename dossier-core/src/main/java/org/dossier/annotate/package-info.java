/**
 * Linguistic annotation of an article's text: tokens with offsets, part of speech, lemma, named-entity tags,
 * sentences and dependency trees, as Dossier's own immutable {@link org.dossier.annotate.AnnotatedArticle}.
 * The engine behind it lives in {@code annotate.corenlp}, the only package that imports Stanford CoreNLP.
 */
package org.dossier.annotate;
