package org.dossier.store.jdbc;

import org.dossier.merge.MergeDecision;
import org.dossier.merge.CorpusKeys;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.PublicationDate;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.timeline.EventDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one {@link ArticleRecord} into the tables, inside a transaction the caller opened and commits: the
 * article, its warnings, its entities (tied to corpus entities), mentions, timexes, quotes, claims, events and
 * participants, and its full-text entries. Local ids ("E1") are kept as written, and also resolved to corpus
 * entities for the queries.
 */
final class ArticleWriter {

    /**
     * Whether events are merged into corpus events: always, except in the benchmark that measures what merging costs
     * ({@code -Ddossier.bench.noEventMerging=true}, {@code EcbPlusHarness --compare}); a store written without it
     * fails {@code dossier check}.
     */
    private final boolean mergeEvents = !Boolean.getBoolean("dossier.bench.noEventMerging");

    /** Longest article text put in the full-text index (the whole text is still stored). */
    static final int MAX_INDEXED_CHARS = 200_000;

    private final Connection c;
    private final Dialect dialect;
    private final Clock clock;
    private final CorpusEntities corpus;
    private final CorpusEvents corpusEvents;
    private int searchRows;

    ArticleWriter(Connection c, Dialect dialect, Clock clock) {
        this.c = c;
        this.dialect = dialect;
        this.clock = clock;
        this.corpus = new CorpusEntities(c);
        this.corpusEvents = new CorpusEvents(c);
    }

    /** Writes {@code r}, produced by extractor version {@code extractorVersion} (may be null); returns its key. */
    long write(ArticleRecord r, String textSha256, String extractorVersion) throws SQLException {
        Article a = r.article();
        String day = a.published() == null ? null : PublicationDate.parse(a.published()).toString();
        long article;
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("INSERT INTO articles (doc_id, text_sha256, sha256, "
                        + "title, source, url, published, published_day, language, origin, text, ingested_at, extractor_version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk"),
                a.id(), textSha256, r.sha256(), a.title(), a.source(), a.url(), a.published(), day, a.language(),
                a.origin(), a.text(), clock.instant().toString(), extractorVersion);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            article = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_warnings (article, seq, message) "
                + "VALUES (?, ?, ?)")) {
            for (int i = 0; i < r.warnings().size(); i++) {
                Binder.bind(ps, article, i, r.warnings().get(i)).addBatch();
            }
            ps.executeBatch();
        }
        Map<String, Long> corpusIds = entities(article, r.entities(), day);
        timexes(article, r.timexes());
        quotes(article, r.quotes(), corpusIds);
        claims(article, r.claims(), corpusIds);
        events(article, r, corpusIds);
        index(article, "article", article, a.title() == null ? cap(a.text()) : a.title() + "\n" + cap(a.text()));
        return article;
    }

    private Map<String, Long> entities(long article, List<Entity> entities, String day) throws SQLException {
        Map<String, Long> corpusIds = new HashMap<>();
        Set<Long> seen = new LinkedHashSet<>();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO article_entities (article, seq, local_id, type, "
                + "subtype, name, entity, merge_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk");
             PreparedStatement names = c.prepareStatement("INSERT INTO entity_names (article_entity, kind, seq, value) "
                     + "VALUES (?, ?, ?, ?)");
             PreparedStatement mentions = c.prepareStatement("INSERT INTO mentions (article_entity, seq, start_offset, "
                     + "end_offset, text) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                MergeDecision d = corpus.resolve(e, neighbourKeys(entities, i));
                long id = d.joins() ? d.target() : corpus.create(e, day);
                corpus.absorb(id, e);
                seen.add(id);
                corpusIds.putIfAbsent(e.id(), id);
                long pk;
                try (ResultSet rs = Binder.bind(ins, article, i, e.id(), e.type().name(), e.subtype(), e.name(), id,
                        d.reason()).executeQuery()) {
                    rs.next();
                    pk = rs.getLong(1);
                }
                for (int j = 0; j < e.aliases().size(); j++) {
                    Binder.bind(names, pk, "alias", j, e.aliases().get(j)).addBatch();
                }
                for (int j = 0; j < e.titles().size(); j++) {
                    Binder.bind(names, pk, "title", j, e.titles().get(j)).addBatch();
                }
                for (int j = 0; j < e.mentions().size(); j++) {
                    Span m = e.mentions().get(j);
                    Binder.bind(mentions, pk, j, m.start(), m.end(), m.text()).addBatch();
                }
            }
            names.executeBatch();
            mentions.executeBatch();
        }
        corpus.countArticle(seen, day);
        return corpusIds;
    }

    /** The full-name keys of every entity of the article but the {@code self}-th: evidence of co-occurrence. */
    private static Set<String> neighbourKeys(List<Entity> entities, int self) {
        return CorpusKeys.neighbours(entities, self);
    }

    private void timexes(long article, List<Timex> timexes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO timexes (article, seq, local_id, start_offset, "
                + "end_offset, text, type, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < timexes.size(); i++) {
                Timex t = timexes.get(i);
                Binder.bind(ps, article, i, t.id(), t.span().start(), t.span().end(), t.span().text(), t.type().name(),
                        t.value()).addBatch();
            }
            ps.executeBatch();
        }
    }

    private void quotes(long article, List<Quote> quotes, Map<String, Long> corpusIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotes (article, seq, local_id, start_offset, "
                + "end_offset, text, speaker, speaker_entity, cue, cue_start, cue_end, cue_text, claim) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk")) {
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                Span cue = q.cueSpan();
                Binder.bind(ps, article, i, q.id(), q.span().start(), q.span().end(), q.span().text(), q.speaker(),
                        q.speaker() == null ? null : corpusIds.get(q.speaker()), q.cue(),
                        cue == null ? null : cue.start(), cue == null ? null : cue.end(), cue == null ? null : cue.text(),
                        q.claim());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    index(article, "quote", rs.getLong(1), q.span().text());
                }
            }
        }
    }

    private void claims(long article, List<Claim> claims, Map<String, Long> corpusIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (article, seq, local_id, source, "
                + "source_entity, source_start, source_end, source_text, cue_start, cue_end, cue_text, content_start, "
                + "content_end, content_text, date, hedged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "RETURNING pk");
             PreparedStatement via = c.prepareStatement("INSERT INTO claim_via (claim, seq, value) VALUES (?, ?, ?)")) {
            for (int i = 0; i < claims.size(); i++) {
                Claim cl = claims.get(i);
                Span s = cl.sourceSpan();
                Span cue = cl.cue();
                Span content = cl.content();
                Binder.bind(ps, article, i, cl.id(), cl.source(), cl.source() == null ? null : corpusIds.get(cl.source()),
                        s == null ? null : s.start(), s == null ? null : s.end(), s == null ? null : s.text(),
                        cue == null ? null : cue.start(), cue == null ? null : cue.end(), cue == null ? null : cue.text(),
                        content == null ? null : content.start(), content == null ? null : content.end(),
                        content == null ? null : content.text(), cl.date(), cl.hedged());
                long pk;
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    pk = rs.getLong(1);
                }
                for (int j = 0; j < cl.via().size(); j++) {
                    Binder.bind(via, pk, j, cl.via().get(j)).addBatch();
                }
                if (content != null) {
                    index(article, "claim", pk, content.text());
                }
            }
            via.executeBatch();
        }
    }

    private void events(long article, ArticleRecord r, Map<String, Long> corpusIds) throws SQLException {
        List<Event> events = r.events();
        List<CorpusEvents.Assigned> assigned = mergeEvents ? corpusEvents.assign(article, r, corpusIds)
                : java.util.Collections.nCopies(events.size(), new CorpusEvents.Assigned(0, null, null));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (article, seq, local_id, type, cameo, "
                + "predicate, trigger_start, trigger_end, trigger_text, sentence, location, location_entity, date, day, "
                + "timex, factuality, attribution, ace, corpus_event, merge_reason, merge_key) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk");
             PreparedStatement parts = c.prepareStatement("INSERT INTO participants (event, seq, entity, role, "
                     + "corpus_entity, day) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                String eventDay = EventDate.day(r, e);
                Binder.bind(ps, article, i, e.id(), e.type().name(), e.cameo(), e.predicate(), e.trigger().start(),
                        e.trigger().end(), e.trigger().text(), e.sentence(), e.location(),
                        e.location() == null ? null : corpusIds.get(e.location()), e.date(), eventDay, e.timex(),
                        e.factuality().label(), e.attribution(), e.ace(),
                        mergeEvents ? assigned.get(i).corpusEvent() : null,
                        assigned.get(i).reason(), assigned.get(i).key());
                long pk;
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    pk = rs.getLong(1);
                }
                for (int j = 0; j < e.participants().size(); j++) {
                    Participant p = e.participants().get(j);
                    Binder.bind(parts, pk, j, p.entity(), p.role(), p.entity() == null ? null : corpusIds.get(p.entity()),
                            eventDay).addBatch();
                }
            }
            parts.executeBatch();
        }
        if (mergeEvents) {
            corpusEvents.refresh(assigned.stream().map(CorpusEvents.Assigned::corpusEvent).toList());
        }
    }

    private void index(long article, String kind, long ref, String body) throws SQLException {
        if (++searchRows >= Dialect.ROWS_PER_ARTICLE) {
            throw new SQLException("over " + Dialect.ROWS_PER_ARTICLE + " quotes and claims in one article");
        }
        try (PreparedStatement ps = dialect == Dialect.SQLITE
                ? Binder.bind(c.prepareStatement(dialect.insertSearchRow()),
                article * Dialect.ROWS_PER_ARTICLE + searchRows, kind, article, ref, body)
                : Binder.bind(c.prepareStatement(dialect.insertSearchRow()), kind, article, ref, body)) {
            ps.executeUpdate();
        }
    }

    private static String cap(String text) {
        return text.length() <= MAX_INDEXED_CHARS ? text : text.substring(0, MAX_INDEXED_CHARS);
    }
}
