package org.dossier.store.jdbc;

import org.dossier.model.ArticleRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * V10: gives the events of the articles stored before corpus events existed (V9) their corpus events, as ingest
 * would have: article by article in the order they were stored (their keys), each article's profile filed and its
 * events merged by {@link CorpusEvents} exactly as {@link ArticleWriter} does for a new article. One article in
 * memory at a time; the keys of all articles (8 bytes each) are the only list kept.
 */
final class CorpusEventMigration extends JavaStep {

    CorpusEventMigration() {
        super(10, "corpus events for stored articles");
    }

    @Override
    void run(Connection c) throws SQLException {
        List<Long> articles = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pk FROM articles ORDER BY pk")) {
            while (rs.next()) {
                articles.add(rs.getLong(1));
            }
        }
        // the timeline index (V11) does not exist yet: V11 builds it from the corpus events tied here
        CorpusEvents corpus = new CorpusEvents(c, new org.dossier.merge.EventMerger(), EntityCorpusEvents.none());
        ArticleLoader loader = new ArticleLoader(c);
        try (PreparedStatement docId = c.prepareStatement("SELECT doc_id FROM articles WHERE pk = ?");
             PreparedStatement set = c.prepareStatement("UPDATE events SET corpus_event = ?, merge_reason = ?, "
                     + "merge_key = ? WHERE article = ? AND seq = ?")) {
            for (long article : articles) {
                String id;
                try (ResultSet rs = Binder.bind(docId, article).executeQuery()) {
                    rs.next();
                    id = rs.getString(1);
                }
                Optional<ArticleRecord> r = loader.load(id);
                if (r.isEmpty()) {
                    continue;
                }
                Map<String, Long> corpusIds = CorpusEvents.corpusIds(c, article);
                List<CorpusEvents.Assigned> assigned = corpus.assign(article, r.get(), corpusIds);
                Set<Long> touched = new LinkedHashSet<>();
                for (int i = 0; i < assigned.size(); i++) {
                    CorpusEvents.Assigned a = assigned.get(i);
                    Binder.bind(set, a.corpusEvent(), a.reason(), a.key(), article, i).addBatch();
                    touched.add(a.corpusEvent());
                }
                set.executeBatch();
                corpus.refresh(touched);
            }
        }
    }
}
