package org.dossier.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dossier.export.DossierJson;
import org.dossier.merge.CorpusIndex;
import org.dossier.model.ArticleRecord;
import org.dossier.model.PublicationDate;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The corpus stage: the records, in article-id order, tied to corpus entities by {@link CorpusIndex}, which makes
 * the store's decisions (the same code, {@code merge}); so a store that imports the same records in the same order
 * ({@code dossier import}) holds the same corpus entities, numbered alike, with the same reasons. Like the store, an
 * article whose text came before under another id is not counted again, and a second article under an id already
 * taken by another text is left out; their entities get no corpus entity, and the reason says why.
 *
 * <p>Merging is sequential by nature (each decision depends on every earlier article), so it runs in one task over
 * the sorted records, with memory for the corpus entities and their keys, not for the articles.
 */
final class CorpusStage {

    private CorpusStage() {
    }

    /** The schema of the stage's rows: ties and corpus entities in one, {@code kind} naming which. */
    static final org.apache.spark.sql.types.StructType SCHEMA = Tables.schema(
            "kind", org.apache.spark.sql.types.DataTypes.StringType,
            "article_id", org.apache.spark.sql.types.DataTypes.StringType,
            "entity_id", org.apache.spark.sql.types.DataTypes.StringType,
            "corpus_entity", org.apache.spark.sql.types.DataTypes.LongType,
            "reason", org.apache.spark.sql.types.DataTypes.StringType,
            "type", org.apache.spark.sql.types.DataTypes.StringType,
            "name", org.apache.spark.sql.types.DataTypes.StringType,
            "articles", org.apache.spark.sql.types.DataTypes.IntegerType,
            "first_seen", org.apache.spark.sql.types.DataTypes.StringType,
            "last_seen", org.apache.spark.sql.types.DataTypes.StringType,
            "keys", org.apache.spark.sql.types.DataTypes.createArrayType(
                    org.apache.spark.sql.types.DataTypes.StringType, false));

    /**
     * Ties the records of {@code sorted} (rows {@code [id, line]}, in order; the texts are not needed), lazily, one article at a time:
     * yields {@code tie} rows (article, entity, corpus entity, reason), then {@code entity} rows (the corpus
     * entities), in {@link #SCHEMA}.
     */
    static Iterator<Row> run(Iterator<Row> sorted) {
        return new Iterator<>() {
            private final CorpusIndex index = new CorpusIndex();
            private final Map<String, String> textById = new HashMap<>();
            private final Map<String, String> idByText = new HashMap<>();
            private final java.util.ArrayDeque<Row> ready = new java.util.ArrayDeque<>();
            private Iterator<CorpusIndex.CorpusEntity> entities;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty()) {
                    if (sorted.hasNext()) {
                        article(sorted.next());
                    } else {
                        if (entities == null) {
                            entities = index.entities().iterator();
                        }
                        if (!entities.hasNext()) {
                            return false;
                        }
                        CorpusIndex.CorpusEntity c = entities.next();
                        ready.add(RowFactory.create("entity", null, null, c.id(), null, c.type().name(), c.name(),
                                c.articles(), c.firstSeen(), c.lastSeen(), c.keys().toArray(new String[0])));
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return ready.poll();
            }

            private void article(Row r) {
                ArticleRecord record = DossierJson.read(r.getString(1), "", r.getString(0));
                String id = record.article().id();
                String sha = record.sha256();
                String why = null;
                if (idByText.containsKey(sha)) {
                    why = "not merged: the same text as article '" + idByText.get(sha) + "', which a store keeps once";
                } else if (textById.containsKey(id)) {
                    why = "not merged: another text has the id '" + id + "' already, which a store refuses";
                }
                if (why != null) {
                    for (var e : record.entities()) {
                        ready.add(tie(id, e.id(), null, why));
                    }
                    return;
                }
                idByText.put(sha, id);
                textById.put(id, sha);
                String published = record.article().published();
                String day = published == null ? null : PublicationDate.parse(published).toString();
                for (CorpusIndex.Tie t : index.add(record.entities(), day)) {
                    ready.add(tie(id, t.entity(), t.corpusEntity(), t.reason()));
                }
            }
        };
    }

    private static Row tie(String article, String entity, Long corpusEntity, String reason) {
        return RowFactory.create("tie", article, entity, corpusEntity, reason, null, null, null, null, null, null);
    }
}
