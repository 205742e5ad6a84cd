/**
 * Writing records out: {@link org.dossier.export.DossierJson} gives each article's {@code dossier/1} JSON,
 * with fields in the order of {@code spec/output-format.md}.
 */
package org.dossier.export;
