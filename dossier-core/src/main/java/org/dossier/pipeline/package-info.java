/**
 * The extract pipeline: annotate an article once, run each extractor over the annotation, and gather the layers
 * into an {@link org.dossier.model.ArticleRecord}.
 */
package org.dossier.pipeline;
