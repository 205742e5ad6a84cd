package org.dossier.annotate.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One file of the kernel lexicon, read in the one lexicon format. The format, for every list in
 * {@code org/dossier/annotate/lexicon/}:
 * <ul>
 *   <li>UTF-8 text, one entry a line; blank lines and lines starting with {@code #} are skipped.</li>
 *   <li>The first other line is the header: the column names, separated by tabs ({@code word	reading}).</li>
 *   <li>Every entry has exactly as many tab-separated fields as the header; {@code -} writes an empty field.</li>
 *   <li>Fields are trimmed; a field that holds several values separates them by commas ({@link Row#list}).</li>
 * </ul>
 * Every error names the file and the line, says what is wrong and what the line needs.
 */
public final class LexiconFile {

    private final String origin;
    private final List<String> columns;
    private final List<Row> rows;

    private LexiconFile(String origin, List<String> columns, List<Row> rows) {
        this.origin = origin;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /** One entry: its line number and its fields by column name. */
    public static final class Row {

        private final String origin;
        private final int line;
        private final Map<String, String> fields;

        private Row(String origin, int line, Map<String, String> fields) {
            this.origin = origin;
            this.line = line;
            this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /** The 1-based line number in the file. */
        public int line() {
            return line;
        }

        /** The field of {@code column} as written (trimmed), {@code ""} for {@code -}. */
        public String get(String column) {
            String v = fields.get(column);
            if (v == null) {
                throw error("no column '" + column + "'; the header names " + fields.keySet());
            }
            return v;
        }

        /** The field of {@code column} lower-cased: how words and lemmas are compared. */
        public String lower(String column) {
            return get(column).toLowerCase(Locale.ROOT);
        }

        /** The comma-separated values of {@code column}, trimmed, none for an empty field. */
        public List<String> list(String column) {
            String v = get(column);
            return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        }

        /** An error about this entry: "FILE line N: message". */
        public IllegalStateException error(String message) {
            return new IllegalStateException(origin + " line " + line + ": " + message);
        }
    }

    /** The file's name, for messages. */
    public String origin() {
        return origin;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Fails, naming the file, unless the header has exactly {@code expected}, in that order. */
    public LexiconFile requireColumns(String... expected) {
        if (!columns.equals(List.of(expected))) {
            throw new IllegalStateException(origin + ": the header names the columns " + columns + "; this list needs "
                    + String.join(", ", expected) + " (tab-separated, on the first line that is not a comment)");
        }
        return this;
    }

    private static IllegalStateException error(String origin, int line, String message) {
        return new IllegalStateException(origin + " line " + line + ": " + message);
    }

    /** Reads {@code in}; {@code origin} names it in errors. */
    public static LexiconFile read(String origin, InputStream in) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (header == null) {
                    header = Arrays.stream(cols).map(String::strip).toList();
                    boolean distinct = header.stream().distinct().count() == cols.length;
                    if (header.stream().anyMatch(String::isEmpty) || !distinct) {
                        throw error(origin, n, "the header '" + line + "' needs distinct, non-empty column names"
                                + " separated by single tabs");
                    }
                    continue;
                }
                if (cols.length != header.size()) {
                    throw error(origin, n, "'" + line + "' has " + cols.length + " tab-separated field(s), the header "
                            + header.size() + ": " + String.join(", ", header) + " (write - for an empty field)");
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < cols.length; i++) {
                    String v = cols[i].strip();
                    if (v.isEmpty()) {
                        throw error(origin, n, "column '" + header.get(i) + "' is empty; write - for an empty field");
                    }
                    fields.put(header.get(i), v.equals("-") ? "" : v);
                }
                rows.add(new Row(origin, n, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon file " + origin, e);
        }
        if (header == null) {
            throw new IllegalStateException(origin + ": no header line; the first line that is not a comment names"
                    + " the columns, separated by tabs");
        }
        return new LexiconFile(origin, header, rows);
    }
}
