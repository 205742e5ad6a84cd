package org.dossier.store.jdbc;

import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.store.IntegrityReport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks a store: the database's own check (SQLite {@code integrity_check} and {@code foreign_key_check}), then every
 * article: its text hash, every span inside its text and covering the text it claims, and the counts that tie
 * articles to corpus entities and to the full-text index.
 */
final class IntegrityCheck {

    private static final int MAX_PROBLEMS = 100;

    private final Connection c;
    private final Dialect dialect;
    private final List<String> problems = new ArrayList<>();

    IntegrityCheck(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    IntegrityReport run(java.util.function.Consumer<Consumer<ArticleRecord>> everyArticle) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        problem("SQLite integrity_check: " + rs.getString(1));
                    }
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problem("table " + rs.getString(1) + " row " + rs.getLong(2) + " refers to a missing "
                            + rs.getString(3));
                }
            }
        }
        everyArticle.accept(this::article);
        sql("SELECT e.pk, e.articles, COUNT(DISTINCT ae.article) FROM entities e LEFT JOIN article_entities ae "
                        + "ON ae.entity = e.pk GROUP BY e.pk, e.articles HAVING e.articles <> COUNT(DISTINCT ae.article)",
                rs -> problem("corpus entity #" + rs.getLong(1) + " counts " + rs.getLong(2) + " articles but "
                        + rs.getLong(3) + " are stored"));
        sql("SELECT e.pk, e.name FROM entities e WHERE NOT EXISTS (SELECT 1 FROM article_entities ae "
                + "WHERE ae.entity = e.pk)", rs -> problem("corpus entity #" + rs.getLong(1) + " ('" + rs.getString(2)
                + "') is tied to no article"));
        sql("SELECT k.entity, k.key, k.uses FROM entity_keys k WHERE k.uses < 1 OR NOT EXISTS (SELECT 1 FROM entities e "
                + "WHERE e.pk = k.entity)", rs -> problem("corpus entity #" + rs.getLong(1) + " has key '"
                + rs.getString(2) + "' used " + rs.getLong(3) + " times, or no longer exists"));
        sql("SELECT a.doc_id, ev.local_id FROM events ev JOIN articles a ON a.pk = ev.article "
                + "WHERE ev.corpus_event IS NULL", rs -> problem("article '" + rs.getString(1) + "': event "
                + rs.getString(2) + " belongs to no corpus event"));
        sql("SELECT ce.pk, ce.reports, ce.articles, COUNT(ev.pk), COUNT(DISTINCT ev.article) FROM corpus_events ce "
                        + "LEFT JOIN events ev ON ev.corpus_event = ce.pk GROUP BY ce.pk, ce.reports, ce.articles "
                        + "HAVING COUNT(ev.pk) = 0 OR ce.reports <> COUNT(ev.pk) OR ce.articles <> COUNT(DISTINCT ev.article)",
                rs -> problem("corpus event #" + rs.getLong(1) + " counts " + rs.getLong(2) + " reports in "
                        + rs.getLong(3) + " articles but " + rs.getLong(4) + " in " + rs.getLong(5) + " are stored"
                        + (rs.getLong(4) == 0 ? " (it is tied to no event)" : "")));
        sql("SELECT k.corpus_event, k.key, k.uses FROM corpus_event_keys k WHERE k.uses < 1 OR NOT EXISTS "
                + "(SELECT 1 FROM corpus_events ce WHERE ce.pk = k.corpus_event)", rs -> problem("corpus event #"
                + rs.getLong(1) + " has key '" + rs.getString(2) + "' used " + rs.getLong(3)
                + " times, or no longer exists"));
        sql("SELECT ev.corpus_event, ev.merge_key, COUNT(*), MAX(k.uses) FROM events ev LEFT JOIN corpus_event_keys k "
                        + "ON k.corpus_event = ev.corpus_event AND k.key = ev.merge_key WHERE ev.merge_key IS NOT NULL "
                        + "GROUP BY ev.corpus_event, ev.merge_key HAVING MAX(k.uses) IS NULL OR MAX(k.uses) <> COUNT(*)",
                rs -> problem("corpus event #" + rs.getLong(1) + ": key '" + rs.getString(2) + "' is given by "
                        + rs.getLong(3) + " reports but counts " + rs.getLong(4) + " uses"));
        sql(EntityCorpusEvents.MISSING, rs -> problem("corpus entity #" + rs.getLong(1) + " takes part in corpus event #"
                + rs.getLong(2) + " but the timeline index has no row for it, or another first day or type"));
        sql(EntityCorpusEvents.STALE, rs -> problem("the timeline index ties corpus entity #" + rs.getLong(1)
                + " to corpus event #" + rs.getLong(2) + ", in no report of which it takes part"));
        sql("SELECT a.doc_id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_index s WHERE s.kind = 'article' "
                + "AND s.ref = a.pk)", rs -> problem("article '" + rs.getString(1) + "' is missing from the full-text index"));
        return new IntegrityReport(count("articles"), count("entities"), count("events"), problems);
    }

    private void article(ArticleRecord r) {
        String id = "article '" + r.article().id() + "'";
        String text = r.article().text();
        try {
            String sha = JdbcStore.sha256(text);
            try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT text_sha256 FROM articles WHERE doc_id = ?"),
                    r.article().id()); ResultSet rs = ps.executeQuery()) {
                if (rs.next() && !sha.equals(rs.getString(1))) {
                    problem(id + ": its text no longer matches its SHA-256 " + rs.getString(1));
                }
            }
        } catch (SQLException e) {
            problem(id + ": cannot read its hash (" + e.getMessage() + ")");
        }
        for (Entity e : r.entities()) {
            e.mentions().forEach(m -> span(id, "entity " + e.id() + " mention", m, text));
        }
        for (Timex t : r.timexes()) {
            span(id, "timex " + t.id(), t.span(), text);
        }
        for (Quote q : r.quotes()) {
            span(id, "quote " + q.id(), q.span(), text);
            span(id, "quote " + q.id() + " cue", q.cueSpan(), text);
        }
        for (Claim cl : r.claims()) {
            span(id, "claim " + cl.id() + " source", cl.sourceSpan(), text);
            span(id, "claim " + cl.id() + " cue", cl.cue(), text);
            span(id, "claim " + cl.id() + " content", cl.content(), text);
        }
        for (Event ev : r.events()) {
            span(id, "event " + ev.id() + " trigger", ev.trigger(), text);
        }
    }

    private void span(String id, String what, Span s, String text) {
        if (s == null) {
            return;
        }
        if (s.end() > text.length()) {
            problem(id + ": " + what + " [" + s.start() + ", " + s.end() + ") ends past the text (" + text.length()
                    + " chars)");
        } else if (!text.substring(s.start(), s.end()).equals(s.text())) {
            problem(id + ": " + what + " [" + s.start() + ", " + s.end() + ") says '" + s.text()
                    + "' but the text there is '" + text.substring(s.start(), s.end()) + "'");
        }
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void sql(String sql, Row row) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }

    private long count(String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void problem(String p) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add("... more problems not listed");
        }
    }
}
