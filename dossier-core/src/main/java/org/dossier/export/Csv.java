package org.dossier.export;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer of the project (RFC 4180: fields quoted when they hold a comma, quote or line break, lines ended
 * by CRLF): {@code export --format csv}, {@code timeline --format csv}, the query commands' {@code --format csv} and
 * the reading room's CSV downloads all write through it.
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return as a formula, and article texts are written by whoever published them. Such a field is
 * written with a leading apostrophe ({@code '=HYPERLINK(…)}), which spreadsheets show as text; a plain number
 * ({@code -12}, {@code +3.5}) is left as it is.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private Csv() {
    }

    /** One field: defused when it could start a formula, quoted when needed; {@code null} is empty. */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches() ? "'" + value
                : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** One line: the fields, separated by commas, ended by CRLF. */
    public static String line(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            b.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        return b.append("\r\n").toString();
    }

    /** {@link #line(List)} of the given fields. */
    public static String line(String... fields) {
        return line(Arrays.asList(fields));
    }

    /** Records as CSV: a header of their component names, then one line per record ({@code toString} of each value). */
    public static <R extends Record> String records(Class<R> type, List<R> rows) {
        RecordComponent[] cs = type.getRecordComponents();
        List<String> header = new ArrayList<>();
        for (RecordComponent c : cs) {
            header.add(c.getName());
        }
        StringBuilder b = new StringBuilder(line(header));
        for (R r : rows) {
            List<String> cells = new ArrayList<>();
            for (RecordComponent c : cs) {
                Object v;
                try {
                    v = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + type.getSimpleName(), e);
                }
                cells.add(v == null ? null : v.toString());
            }
            b.append(line(cells));
        }
        return b.toString();
    }
}
