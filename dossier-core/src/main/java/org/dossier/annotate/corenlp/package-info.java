/**
 * The Stanford CoreNLP adapter: the only package that imports {@code edu.stanford.nlp}. It loads a pipeline once
 * and turns CoreNLP's {@code Annotation} into Dossier's {@link org.dossier.annotate.AnnotatedArticle}. One class of
 * the adapter lives in CoreNLP's own package, {@code edu.stanford.nlp.parser.nndep.DossierScoringHook}, because the
 * parser's scoring method it overrides is package-private ({@link org.dossier.annotate.corenlp.ParserScorer}).
 */
package org.dossier.annotate.corenlp;
