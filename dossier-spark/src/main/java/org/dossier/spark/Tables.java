package org.dossier.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Timex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The flat tables of the job's output, one row per thing with its article's id, as a data user joins them:
 * {@code articles}, {@code entities} (+ {@code mentions}), {@code timexes}, {@code quotes}, {@code claims},
 * {@code events} (+ {@code participants}). Spans are start and end offsets (UTF-16 code units, as in the record) and
 * the text they cover. docs/spark.md lists the columns.
 */
public final class Tables {

    /** One table: its name, its schema and its rows of one record. */
    public record Table(String name, StructType schema, Function<ArticleRecord, List<Row>> rows) {
    }

    private Tables() {
    }

    private static final DataType S = DataTypes.StringType;
    private static final DataType I = DataTypes.IntegerType;
    private static final DataType B = DataTypes.BooleanType;
    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    public static final Table ARTICLES = new Table("articles", schema(
            "article_id", S, "title", S, "source", S, "url", S, "published", S, "language", S, "sha256", S,
            "chars", I, "entities", I, "timexes", I, "quotes", I, "claims", I, "events", I, "warnings", STRINGS),
            r -> List.of(RowFactory.create(r.article().id(), r.article().title(), r.article().source(),
                    r.article().url(), r.article().published(), r.article().language(), r.sha256(),
                    r.article().text().length(), r.entities().size(), r.timexes().size(), r.quotes().size(),
                    r.claims().size(), r.events().size(), r.warnings().toArray(new String[0]))));

    public static final Table ENTITIES = new Table("entities", schema(
            "article_id", S, "entity_id", S, "type", S, "subtype", S, "name", S, "aliases", STRINGS,
            "titles", STRINGS, "mentions", I),
            r -> each(r.entities(), e -> RowFactory.create(r.article().id(), e.id(), e.type().name(), e.subtype(),
                    e.name(), e.aliases().toArray(new String[0]), e.titles().toArray(new String[0]),
                    e.mentions().size())));

    public static final Table MENTIONS = new Table("mentions", schema(
            "article_id", S, "entity_id", S, "seq", I, "start", I, "end", I, "text", S),
            r -> {
                List<Row> out = new ArrayList<>();
                for (Entity e : r.entities()) {
                    for (int i = 0; i < e.mentions().size(); i++) {
                        Span m = e.mentions().get(i);
                        out.add(RowFactory.create(r.article().id(), e.id(), i, m.start(), m.end(), m.text()));
                    }
                }
                return out;
            });

    public static final Table TIMEXES = new Table("timexes", schema(
            "article_id", S, "timex_id", S, "start", I, "end", I, "text", S, "type", S, "value", S),
            r -> each(r.timexes(), (Timex t) -> RowFactory.create(r.article().id(), t.id(), t.span().start(),
                    t.span().end(), t.span().text(), t.type().name(), t.value())));

    public static final Table QUOTES = new Table("quotes", schema(
            "article_id", S, "quote_id", S, "start", I, "end", I, "text", S, "speaker", S, "cue", S, "claim", S),
            r -> each(r.quotes(), (Quote q) -> RowFactory.create(r.article().id(), q.id(), q.span().start(),
                    q.span().end(), q.span().text(), q.speaker(), q.cue(), q.claim())));

    public static final Table CLAIMS = new Table("claims", schema(
            "article_id", S, "claim_id", S, "source", S, "source_text", S, "cue", S, "content_start", I,
            "content_end", I, "content", S, "via", STRINGS, "date", S, "hedged", B),
            r -> each(r.claims(), (Claim c) -> RowFactory.create(r.article().id(), c.id(), c.source(),
                    text(c.sourceSpan()), text(c.cue()), c.content() == null ? null : c.content().start(),
                    c.content() == null ? null : c.content().end(), text(c.content()),
                    c.via().toArray(new String[0]), c.date(), c.hedged())));

    public static final Table EVENTS = new Table("events", schema(
            "article_id", S, "event_id", S, "type", S, "cameo", S, "ace", S, "predicate", S, "trigger_start", I,
            "trigger_end", I, "trigger", S, "sentence", I, "location", S, "date", S, "timex", S, "factuality", S,
            "attribution", S),
            r -> each(r.events(), (Event e) -> RowFactory.create(r.article().id(), e.id(), e.type().name(),
                    e.cameo(), e.ace(), e.predicate(), e.trigger().start(), e.trigger().end(), e.trigger().text(),
                    e.sentence(), e.location(), e.date(), e.timex(), e.factuality().label(), e.attribution())));

    public static final Table PARTICIPANTS = new Table("participants", schema(
            "article_id", S, "event_id", S, "seq", I, "entity", S, "role", S),
            r -> {
                List<Row> out = new ArrayList<>();
                for (Event e : r.events()) {
                    for (int i = 0; i < e.participants().size(); i++) {
                        Participant p = e.participants().get(i);
                        out.add(RowFactory.create(r.article().id(), e.id(), i, p.entity(), p.role()));
                    }
                }
                return out;
            });

    /** Every table made from records, in the order they are written. */
    public static final List<Table> ALL = List.of(ARTICLES, ENTITIES, MENTIONS, TIMEXES, QUOTES, CLAIMS, EVENTS,
            PARTICIPANTS);

    /** Articles that could not be read or extracted. */
    public static final StructType ERRORS = schema("origin", S, "stage", S, "message", S);

    /** The corpus entities of the corpus stage. */
    public static final StructType CORPUS_ENTITIES = schema("corpus_entity", DataTypes.LongType, "type", S,
            "name", S, "articles", I, "first_seen", S, "last_seen", S, "keys", STRINGS);

    /** Each article entity's corpus entity, with the merger's reason. */
    public static final StructType ENTITY_CORPUS = schema("article_id", S, "entity_id", S,
            "corpus_entity", DataTypes.LongType, "reason", S);

    private static <T> List<Row> each(List<T> things, Function<T, Row> row) {
        List<Row> out = new ArrayList<>(things.size());
        things.forEach(t -> out.add(row.apply(t)));
        return out;
    }

    private static String text(Span s) {
        return s == null ? null : s.text();
    }

    static StructType schema(Object... nameType) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < nameType.length; i += 2) {
            fields.add(DataTypes.createStructField((String) nameType[i], (DataType) nameType[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }
}
