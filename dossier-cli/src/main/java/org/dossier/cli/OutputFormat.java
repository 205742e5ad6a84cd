package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.dossier.export.Csv;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --format table|json|csv} option of the query commands, and the printing of result records: a table
 * with one column per record component (long cells cut with an ellipsis), a JSON array, or RFC 4180 CSV.
 */
final class OutputFormat {

    enum Format { table, json, csv }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_CELL = 60;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    <R extends Record> void print(PrintWriter out, Class<R> type, List<R> rows) {
        switch (format) {
            case json -> out.println(json(rows));
            case csv -> {
                RecordComponent[] cs = type.getRecordComponents();
                List<String> header = new ArrayList<>();
                for (RecordComponent c : cs) {
                    header.add(c.getName());
                }
                out.print(csvLine(header));
                for (R r : rows) {
                    out.print(csvLine(cells(r, cs, Integer.MAX_VALUE)));
                }
            }
            case table -> table(out, type, rows);
        }
        out.flush();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static <R extends Record> void table(PrintWriter out, Class<R> type, List<R> rows) {
        table(out, type, rows, MAX_CELL);
    }

    /** A table whose cells are cut at {@code maxCell} characters. */
    static <R extends Record> void table(PrintWriter out, Class<R> type, List<R> rows, int maxCell) {
        RecordComponent[] cs = type.getRecordComponents();
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (RecordComponent c : cs) {
            header.add(c.getName());
        }
        lines.add(header);
        for (R r : rows) {
            lines.add(cells(r, cs, maxCell));
        }
        int[] width = new int[cs.length];
        for (List<String> l : lines) {
            for (int i = 0; i < cs.length; i++) {
                width[i] = Math.max(width[i], l.get(i).length());
            }
        }
        for (List<String> l : lines) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cs.length; i++) {
                b.append(i == 0 ? "" : "  ").append(String.format("%-" + Math.max(1, width[i]) + "s", l.get(i)));
            }
            out.println(b.toString().stripTrailing());
        }
        if (rows.isEmpty()) {
            out.println("(none)");
        }
    }

    private static List<String> cells(Record r, RecordComponent[] cs, int max) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : cs) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String s = v == null ? "" : v.toString().replaceAll("\\s+", " ");
            out.add(s.length() > max ? s.substring(0, max - 1) + "…" : s);
        }
        return out;
    }

    private static String csvLine(List<String> cells) {
        return Csv.line(cells);
    }
}
