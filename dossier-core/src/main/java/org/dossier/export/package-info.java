/**
 * Writing records out: {@link org.dossier.export.DossierJson} gives each article's {@code dossier/1} JSON, with
 * fields in the order of {@code spec/output-format.md}, and reads it back; {@link org.dossier.export.EventCsvExporter}
 * writes events as GDELT-like CSV rows and {@link org.dossier.export.TimeMlExporter} an article as TimeML. All work
 * from records alone, never from the store.
 */
package org.dossier.export;
