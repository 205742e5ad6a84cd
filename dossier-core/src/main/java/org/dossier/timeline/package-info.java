/**
 * The timeline view: the events of some articles in date order (partial dates and intervals by the start of the
 * period they name, undated events apart), filtered by entity and date range, each entry with its participants,
 * place, factuality, the source of a reported event and the sentence it comes from. Works on
 * {@link org.dossier.model.ArticleRecord}s, so the command line and the store share it. {@link
 * org.dossier.timeline.EventDate} is the one rule for the period a TIMEX3 value names and the day an event is filed
 * under: the timeline, the store's day columns (and so its timelines and the web) and the CSV export all ask it.
 */
package org.dossier.timeline;
