package org.dossier.store.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * The store's clusters as the JSON Lines that {@code score_xdoc.py} reads ({@code docs/spec/dossier-1.md}, "Across
 * articles"): one line per corpus event (the trigger of each of its reports), one per corpus entity (every mention of
 * every article entity tied to it), and the timexes, one line per day named (timexes that resolve to the same
 * calendar day, {@code YYYY-MM-DD}, are one time) or alone. Streams, one cluster in memory at a time.
 */
public final class ClusterExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterExport() {
    }

    /** How many clusters of each kind were written. */
    public record Counts(long events, long entities, long times) {
    }

    /** Writes every cluster of {@code store} to {@code out}, one JSON line each (no newline). */
    public static Counts write(JdbcStore store, Consumer<String> out) {
        Connection c = store.connection();
        try {
            long events = clusters(c, "event", "ce-", "SELECT ev.corpus_event, a.doc_id, ev.trigger_start, "
                    + "ev.trigger_end FROM events ev JOIN articles a ON a.pk = ev.article "
                    + "ORDER BY ev.corpus_event, a.doc_id, ev.trigger_start", out);
            long entities = clusters(c, "entity", "en-", "SELECT ae.entity, a.doc_id, m.start_offset, m.end_offset "
                    + "FROM mentions m JOIN article_entities ae ON ae.pk = m.article_entity "
                    + "JOIN articles a ON a.pk = ae.article ORDER BY ae.entity, a.doc_id, m.start_offset", out);
            long times = times(c, out);
            c.commit();
            return new Counts(events, entities, times);
        } catch (SQLException e) {
            throw new StoreException(store.describe() + ": cannot export the clusters (" + e.getMessage() + ")", e);
        }
    }

    /** Rows (cluster key, doc, start, end) in cluster order, one line per cluster. */
    private static long clusters(Connection c, String kind, String prefix, String sql, Consumer<String> out)
            throws SQLException {
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            String current = null;
            ArrayNode mentions = null;
            while (rs.next()) {
                String key = rs.getString(1);
                if (!key.equals(current)) {
                    if (current != null) {
                        out.accept(line(kind, prefix + current, mentions));
                        n++;
                    }
                    current = key;
                    mentions = JSON.createArrayNode();
                }
                ObjectNode m = mentions.addObject();
                m.put("doc", rs.getString(2));
                m.put("start", rs.getInt(3));
                m.put("end", rs.getInt(4));
            }
            if (current != null) {
                out.accept(line(kind, prefix + current, mentions));
                n++;
            }
        }
        return n;
    }

    /** Timexes: those naming one calendar day together, each other alone. */
    private static long times(Connection c, Consumer<String> out) throws SQLException {
        long n = clusters(c, "entity", "day-", "SELECT t.value, a.doc_id, t.start_offset, t.end_offset FROM timexes t "
                + "JOIN articles a ON a.pk = t.article WHERE t.type = 'DATE' AND " + fullDate("t.value")
                + " ORDER BY t.value, a.doc_id, t.start_offset", out);
        try (PreparedStatement ps = c.prepareStatement("SELECT t.pk, a.doc_id, t.start_offset, t.end_offset "
                + "FROM timexes t JOIN articles a ON a.pk = t.article WHERE NOT (t.type = 'DATE' AND "
                + fullDate("t.value") + ") ORDER BY t.pk"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ArrayNode mentions = JSON.createArrayNode();
                ObjectNode m = mentions.addObject();
                m.put("doc", rs.getString(2));
                m.put("start", rs.getInt(3));
                m.put("end", rs.getInt(4));
                out.accept(line("entity", "tx-" + rs.getLong(1), mentions));
                n++;
            }
        }
        return n;
    }

    /** An SQL condition: {@code column} is a full calendar date, YYYY-MM-DD (both dialects). */
    private static String fullDate(String column) {
        return "COALESCE(" + column + ", '') LIKE '____-__-__' AND " + column + " NOT LIKE 'X%'";
    }

    private static String line(String kind, String id, ArrayNode mentions) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", kind);
        o.put("id", id);
        o.set("mentions", mentions);
        return o.toString();
    }
}
