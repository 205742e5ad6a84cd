package org.dossier.store;

/**
 * A stored article found by its text: its id, and the version of the extractors that produced its record
 * ({@code null} when it was stored before versions were kept).
 */
public record StoredText(String id, String extractorVersion) {

    /** Whether the record was produced by {@code version} (an unknown version is never current). */
    public boolean extractedBy(String version) {
        return extractorVersion != null && extractorVersion.equals(version);
    }
}
