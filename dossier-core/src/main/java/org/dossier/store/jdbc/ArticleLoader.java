package org.dossier.store.jdbc;

import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one article's record back from the tables, every list in its stored order. */
final class ArticleLoader {

    private final Connection c;

    ArticleLoader(Connection c) {
        this.c = c;
    }

    Optional<ArticleRecord> load(String docId) throws SQLException {
        long pk;
        Article article;
        String sha256;
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT pk, doc_id, title, source, url, published, "
                + "language, text, origin, sha256 FROM articles WHERE doc_id = ?"), docId);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            pk = rs.getLong("pk");
            article = new Article(rs.getString("doc_id"), rs.getString("title"), rs.getString("source"),
                    rs.getString("url"), rs.getString("published"), rs.getString("language"), rs.getString("text"),
                    rs.getString("origin"));
            sha256 = rs.getString("sha256");
        }
        return Optional.of(new ArticleRecord(article, sha256, entities(pk), timexes(pk), quotes(pk), claims(pk),
                events(pk), strings("SELECT message FROM article_warnings WHERE article = ? ORDER BY seq", pk)));
    }

    private List<Entity> entities(long article) throws SQLException {
        Map<Long, List<String>> aliases = new HashMap<>();
        Map<Long, List<String>> titles = new HashMap<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT n.article_entity, n.kind, n.value FROM "
                + "entity_names n JOIN article_entities ae ON ae.pk = n.article_entity WHERE ae.article = ? "
                + "ORDER BY n.article_entity, n.kind, n.seq"), article);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                (rs.getString(2).equals("alias") ? aliases : titles)
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        Map<Long, List<Span>> mentions = new HashMap<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT m.article_entity, m.start_offset, "
                + "m.end_offset, m.text FROM mentions m JOIN article_entities ae ON ae.pk = m.article_entity "
                + "WHERE ae.article = ? ORDER BY m.article_entity, m.seq"), article);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Span(rs.getInt(2), rs.getInt(3), rs.getString(4)));
            }
        }
        List<Entity> out = new ArrayList<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT pk, local_id, type, subtype, name FROM "
                + "article_entities WHERE article = ? ORDER BY seq"), article);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long pk = rs.getLong("pk");
                out.add(new Entity(rs.getString("local_id"), EntityType.valueOf(rs.getString("type")),
                        rs.getString("subtype"), rs.getString("name"), aliases.getOrDefault(pk, List.of()),
                        titles.getOrDefault(pk, List.of()), mentions.getOrDefault(pk, List.of())));
            }
        }
        return out;
    }

    private List<Timex> timexes(long article) throws SQLException {
        List<Timex> out = new ArrayList<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT local_id, start_offset, end_offset, text, "
                + "type, value FROM timexes WHERE article = ? ORDER BY seq"), article);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Timex(rs.getString(1), new Span(rs.getInt(2), rs.getInt(3), rs.getString(4)),
                        TimexType.valueOf(rs.getString(5)), rs.getString(6)));
            }
        }
        return out;
    }

    private List<Quote> quotes(long article) throws SQLException {
        List<Quote> out = new ArrayList<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT local_id, start_offset, end_offset, text, "
                + "speaker, cue, cue_start, cue_end, cue_text, claim FROM quotes WHERE article = ? ORDER BY seq"), article);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Quote(rs.getString("local_id"),
                        new Span(rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("text")),
                        rs.getString("speaker"), rs.getString("cue"), span(rs, "cue_start", "cue_end", "cue_text"),
                        rs.getString("claim")));
            }
        }
        return out;
    }

    private List<Claim> claims(long article) throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT * FROM claims WHERE article = ? ORDER BY seq"),
                article);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Claim(rs.getString("local_id"), rs.getString("source"),
                        span(rs, "source_start", "source_end", "source_text"), span(rs, "cue_start", "cue_end", "cue_text"),
                        span(rs, "content_start", "content_end", "content_text"),
                        strings("SELECT value FROM claim_via WHERE claim = ? ORDER BY seq", rs.getLong("pk")),
                        rs.getString("date"), rs.getInt("hedged") != 0));
            }
        }
        return out;
    }

    private List<Event> events(long article) throws SQLException {
        Map<Long, List<Participant>> participants = new HashMap<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT p.event, p.entity, p.role FROM participants p "
                + "JOIN events e ON e.pk = p.event WHERE e.article = ? ORDER BY p.event, p.seq"), article);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                participants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Participant(rs.getString(2), rs.getString(3)));
            }
        }
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT * FROM events WHERE article = ? ORDER BY seq"),
                article);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Event(rs.getString("local_id"), EventType.valueOf(rs.getString("type")),
                        rs.getString("cameo"), rs.getString("predicate"),
                        new Span(rs.getInt("trigger_start"), rs.getInt("trigger_end"), rs.getString("trigger_text")),
                        rs.getInt("sentence"), participants.getOrDefault(rs.getLong("pk"), List.of()),
                        rs.getString("location"), rs.getString("date"), rs.getString("timex"),
                        Factuality.ofLabel(rs.getString("factuality")), rs.getString("attribution"),
                        rs.getString("ace")));
            }
        }
        return out;
    }

    private static Span span(ResultSet rs, String start, String end, String text) throws SQLException {
        Integer s = Binder.intOrNull(rs, start);
        return s == null ? null : new Span(s, rs.getInt(end), rs.getString(text));
    }

    private List<String> strings(String sql, long key) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement(sql), key); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
