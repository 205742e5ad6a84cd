package org.dossier.extract.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the tab-separated word lists beside the claim classes ({@code cues.tsv}, {@code cue-nouns.tsv},
 * {@code roles.tsv}): UTF-8, one row a line, blank lines and {@code #} comments skipped, every row with the same
 * number of columns; a missing file or a short row fails with the file, the line and what the row needs.
 */
final class TsvResource {

    /** One row of a list. */
    @FunctionalInterface
    interface Row {
        /** {@code cols}: the row split at tabs; {@code line}: as written; {@code n}: its 1-based line number. */
        void accept(String[] cols, String line, int n);
    }

    private TsvResource() {
    }

    /**
     * Hands every row of {@code resource}, beside {@code owner}, to {@code row}.
     *
     * @param what    what the list is, for messages ("the cue lexicon cues.tsv")
     * @param columns how many tab-separated columns a row has
     * @param layout  what those columns are, for the message on a short row ("noun, PERSON or ORGANIZATION")
     */
    static void read(Class<?> owner, String resource, String what, int columns, String layout, Row row) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing from the class path "
                        + "(expected beside " + owner.getName() + ")");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != columns) {
                    throw new IllegalStateException(resource + " line " + n + ": '" + line + "' needs " + columns
                            + " tab-separated columns: " + layout);
                }
                row.accept(cols, line, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + resource, e);
        }
    }
}
