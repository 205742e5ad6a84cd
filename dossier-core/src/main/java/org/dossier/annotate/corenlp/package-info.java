/**
 * The Stanford CoreNLP adapter: the only package that imports {@code edu.stanford.nlp}. It loads a pipeline once
 * and turns CoreNLP's {@code Annotation} into Dossier's {@link org.dossier.annotate.AnnotatedArticle}.
 */
package org.dossier.annotate.corenlp;
