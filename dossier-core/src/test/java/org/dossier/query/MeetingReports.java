package org.dossier.query;

import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.dossier.store.jdbc.JdbcStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles written for the corpus-event views: one meeting of Zelensky and Rutte told five ways (asserted in Kyiv
 * on Monday; reported by officials in Lviv on Tuesday; denied by the Kremlin; expected beforehand; asserted again,
 * on Monday), and an earthquake that has nothing to do with it. {@link #group} ties events to corpus events by
 * hand, so that the views are tested on a grouping we choose, whatever the merger decides.
 */
public final class MeetingReports {

    public static final String KYIV = "kyiv-1";
    public static final String REUTERS = "reuters-1";
    public static final String KREMLIN = "tass-2";
    public static final String PREVIEW = "tass-1";
    public static final String AP = "ap-1";
    public static final String QUAKE = "quake-1";

    private MeetingReports() {
    }

    public static Span at(String text, String what) {
        int i = text.indexOf(what);
        if (i < 0) {
            throw new IllegalArgumentException("'" + what + "' is not in: " + text);
        }
        return Span.of(text, i, i + what.length());
    }

    private static Entity person(String id, String text, String name, String... written) {
        List<Span> mentions = new ArrayList<>();
        for (String w : written) {
            mentions.add(at(text, w));
        }
        return new Entity(id, EntityType.PERSON, null, name, List.of(), List.of(), mentions);
    }

    private static Entity place(String id, String kind, String text, String name) {
        return new Entity(id, EntityType.LOCATION, kind, name, List.of(), List.of(), List.of(at(text, name)));
    }

    private static ArticleRecord record(String id, String source, String day, String text, List<Entity> entities,
                                        List<Claim> claims, List<Event> events) {
        return new ArticleRecord(new Article(id, "About " + id, source, "https://example.org/" + id, day, "en", text,
                id + ".txt"), JdbcStore.sha256(text), entities, List.of(), List.of(), claims, events, List.of());
    }

    private static Event meeting(String text, String trigger, String place, String date, Factuality f,
                                 String attribution) {
        return new Event("V1", EventType.MEETING, "04", "meet", at(text, trigger), 0,
                List.of(new Participant("E1", "source"), new Participant("E2", "target")), place, date, null, f,
                attribution);
    }

    public static List<ArticleRecord> all() {
        String t1 = "Volodymyr Zelensky met Mark Rutte in Kyiv on Monday.";
        String t2 = "Zelensky met Rutte in Lviv on Tuesday, officials said.";
        String t3 = "The Kremlin denied that Zelensky met Rutte.";
        String t4 = "Zelensky is expected to meet Rutte next week.";
        String t5 = "President Zelensky met NATO chief Rutte in Kyiv on Monday.";
        String t6 = "A strong earthquake struck Izmir on Sunday.";
        return List.of(
                record(KYIV, "Kyiv Independent", "2024-12-10", t1, List.of(
                        person("E1", t1, "Volodymyr Zelensky", "Volodymyr Zelensky"),
                        person("E2", t1, "Mark Rutte", "Mark Rutte"), place("E3", "CITY", t1, "Kyiv")), List.of(),
                        List.of(meeting(t1, "met", "E3", "2024-12-09", Factuality.ASSERTED, null))),
                record(REUTERS, "Reuters", "2024-12-11", t2, List.of(
                        person("E1", t2, "Zelensky", "Zelensky"), person("E2", t2, "Rutte", "Rutte"),
                        place("E3", "CITY", t2, "Lviv")),
                        List.of(new Claim("C1", null, at(t2, "officials"), at(t2, "said"),
                                at(t2, "Zelensky met Rutte in Lviv on Tuesday"), List.of("officials"), "2024-12-11",
                                false)),
                        List.of(meeting(t2, "met", "E3", "2024-12-10", Factuality.REPORTED, "C1"))),
                record(KREMLIN, "TASS", "2024-12-12", t3, List.of(
                        person("E1", t3, "Zelensky", "Zelensky"), person("E2", t3, "Rutte", "Rutte"),
                        new Entity("E3", EntityType.ORGANIZATION, null, "Kremlin", List.of(), List.of(),
                                List.of(at(t3, "Kremlin")))),
                        List.of(new Claim("C1", "E3", at(t3, "The Kremlin"), at(t3, "denied"),
                                at(t3, "Zelensky met Rutte"), List.of(), "2024-12-12", false)),
                        List.of(meeting(t3, "met", null, null, Factuality.REPORTED, "C1"))),
                record(PREVIEW, "TASS", "2024-12-05", t4, List.of(
                        person("E1", t4, "Zelensky", "Zelensky"), person("E2", t4, "Rutte", "Rutte")), List.of(),
                        List.of(meeting(t4, "meet", null, "2024-W50", Factuality.EXPECTED, null))),
                record(AP, "AP", "2024-12-10", t5, List.of(
                        person("E1", t5, "Volodymyr Zelensky", "Zelensky"), person("E2", t5, "Mark Rutte", "Rutte"),
                        place("E3", "CITY", t5, "Kyiv")), List.of(),
                        List.of(meeting(t5, "met", "E3", "2024-12-09", Factuality.ASSERTED, null))),
                record(QUAKE, "AP", "2024-11-03", t6, List.of(place("E1", "CITY", t6, "Izmir")), List.of(),
                        List.of(new Event("V1", EventType.DISASTER, null, "earthquake", at(t6, "earthquake"), 0,
                                List.of(), "E1", "2024-11-03", null, Factuality.ASSERTED, null))));
    }

    /**
     * Ties the events {@code keys} ({@code article#event}) to one new corpus event with the reason {@code reason},
     * its counts and days computed from them as the schema contract defines them; returns its number.
     */
    public static long group(JdbcStore store, String reason, String... keys) {
        Connection c = store.connection();
        try {
            List<Long> events = new ArrayList<>();
            for (String key : keys) {
                String[] k = key.split("#");
                try (PreparedStatement ps = c.prepareStatement("SELECT e.pk FROM events e JOIN articles a ON "
                        + "a.pk = e.article WHERE a.doc_id = ? AND e.local_id = ?")) {
                    ps.setString(1, k[0]);
                    ps.setString(2, k[1]);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalArgumentException("no event " + key);
                        }
                        events.add(rs.getLong(1));
                    }
                }
            }
            String in = String.join(", ", events.stream().map(String::valueOf).toList());
            long pk;
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO corpus_events (type, predicate, reports, articles, first_day, last_day, "
                        + "first_reported) SELECT MIN(e.type), MIN(e.predicate), COUNT(*), COUNT(DISTINCT e.article), "
                        + "MIN(e.day), MAX(e.day), MIN(a.published_day) FROM events e JOIN articles a ON "
                        + "a.pk = e.article WHERE e.pk IN (" + in + ")");
                try (ResultSet rs = s.executeQuery("SELECT MAX(pk) FROM corpus_events")) {
                    rs.next();
                    pk = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE events SET corpus_event = ?, merge_reason = ? "
                    + "WHERE pk IN (" + in + ")")) {
                ps.setLong(1, pk);
                ps.setString(2, reason);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) { // the timeline index (V11), as the store keeps it
                s.executeUpdate("INSERT INTO entity_corpus_events (entity, corpus_event, first_day, type) SELECT "
                        + "DISTINCT p.corpus_entity, ce.pk, ce.first_day, ce.type FROM corpus_events ce JOIN events e "
                        + "ON e.corpus_event = ce.pk JOIN participants p ON p.event = e.pk WHERE ce.pk = " + pk
                        + " AND p.corpus_entity IS NOT NULL");
            }
            c.commit();
            return pk;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unties every event from the corpus events the merger made, so that {@link #group} decides alone. */
    public static void ungroup(JdbcStore store) {
        Connection c = store.connection();
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE events SET corpus_event = NULL, merge_reason = NULL, merge_key = NULL");
            s.executeUpdate("DELETE FROM corpus_event_keys");
            s.executeUpdate("DELETE FROM entity_corpus_events");
            s.executeUpdate("DELETE FROM corpus_events");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
