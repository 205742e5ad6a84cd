/**
 * The timeline view: the events of some articles in date order (partial dates and intervals by the start of the
 * period they name, undated events apart), filtered by entity and date range, each entry with its participants,
 * place, factuality, the source of a reported event and the sentence it comes from. Works on
 * {@link org.dossier.model.ArticleRecord}s, so the command line and the store share it.
 */
package org.dossier.timeline;
