package org.dossier.web;

import java.lang.reflect.RecordComponent;
import java.util.List;

/** Records as CSV (RFC 4180): a header of component names, one line per record, fields quoted when needed. */
final class CsvRows {

    private CsvRows() {
    }

    static <R extends Record> String csv(Class<R> type, List<R> rows) {
        RecordComponent[] cs = type.getRecordComponents();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cs.length; i++) {
            b.append(i > 0 ? "," : "").append(cs[i].getName());
        }
        b.append("\r\n");
        for (R r : rows) {
            for (int i = 0; i < cs.length; i++) {
                Object v;
                try {
                    v = cs[i].getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + cs[i].getName() + " of " + type.getSimpleName(), e);
                }
                b.append(i > 0 ? "," : "").append(field(v == null ? "" : v.toString()));
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    /** A field, quoted when it holds a separator, quote or line break; a leading =, +, - or @ is defused. */
    static String field(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?") ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
