package org.dossier.query;

import org.dossier.model.ArticleRecord;
import org.dossier.model.EntityType;
import org.dossier.model.EventFamily;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.store.Backends;
import org.dossier.store.Records;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.store.Records.entity;
import static org.dossier.store.Records.event;

/** The corpus queries on both back-ends, over hand-built records with events, quotes and claims. */
class CorpusQueriesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> backends() {
        return Backends.all();
    }

    /** Zelensky twice (full name, then surname alone), two different Smiths, and the full record. */
    static List<ArticleRecord> corpus() {
        String t1 = "Volodymyr Zelensky met Mark Rutte in Kyiv. Ukraine asked NATO for air defense.";
        String t2 = "Zelensky visited Brussels. Ukraine thanked NATO. President Zelensky spoke.";
        String t3 = "John Smith, the mayor of Leeds, opened a bridge.";
        String t4 = "Jane Smith, a nurse in Leeds, protested against cuts.";
        return List.of(
                Records.article("a1", "2024-12-10", t1, List.of(
                        entity("E1", EntityType.PERSON, t1, "Volodymyr Zelensky", List.of(), List.of("President")),
                        entity("E2", EntityType.PERSON, t1, "Mark Rutte", List.of(), List.of()),
                        entity("E3", EntityType.LOCATION, t1, "Ukraine", List.of(), List.of()),
                        entity("E4", EntityType.ORGANIZATION, t1, "NATO", List.of(), List.of())),
                        List.of(event("V1", t1, "met", EventType.MEETING, "2024-12-10", Factuality.ASSERTED, null,
                                        new Participant("E1", "source"), new Participant("E2", "target")),
                                event("V2", t1, "asked", EventType.REQUEST, "2024-12-09", Factuality.ASSERTED, null,
                                        new Participant("E3", "source"), new Participant("E4", "target")))),
                Records.article("a2", "2024-12-18", t2, List.of(
                        entity("E1", EntityType.PERSON, t2, "Zelensky", List.of(), List.of("President")),
                        entity("E2", EntityType.LOCATION, t2, "Brussels", List.of(), List.of()),
                        entity("E3", EntityType.LOCATION, t2, "Ukraine", List.of(), List.of()),
                        entity("E4", EntityType.ORGANIZATION, t2, "NATO", List.of(), List.of())),
                        List.of(event("V1", t2, "visited", EventType.VISIT, "2024-12-18", Factuality.ASSERTED, null,
                                new Participant("E1", "source"), new Participant("E2", "target")))),
                Records.article("a3", "2024-11-01", t3, List.of(
                        entity("E1", EntityType.PERSON, t3, "John Smith", List.of(), List.of("mayor")),
                        entity("E2", EntityType.LOCATION, t3, "Leeds", List.of(), List.of())), List.of()),
                Records.article("a4", "2024-11-02", t4, List.of(
                        entity("E1", EntityType.PERSON, t4, "Jane Smith", List.of(), List.of("nurse")),
                        entity("E2", EntityType.LOCATION, t4, "Leeds", List.of(), List.of())),
                        List.of(event("V1", t4, "protested", EventType.PROTEST, null, Factuality.ASSERTED, null,
                                new Participant("E1", "source")))),
                Records.full());
    }

    private JdbcStore store(Function<Path, StoreLocation> backend) {
        JdbcStore store = JdbcStore.open(backend.apply(dir), Clock.systemUTC());
        corpus().forEach(store::put);
        return store;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void surnameAloneJoinsWithEvidenceAndOtherSmithsStayApart(Function<Path, StoreLocation> backend) {
        try (JdbcStore store = store(backend)) {
            CorpusQueries q = new CorpusQueries(store);
            List<Rows.Profile> zelensky = q.entity("Zelensky");
            assertThat(zelensky).hasSize(1);
            Rows.Profile z = zelensky.get(0);
            assertThat(z.name()).isEqualTo("Volodymyr Zelensky");
            assertThat(z.articles()).isEqualTo(3);
            assertThat(z.firstSeen()).isEqualTo("2024-12-10");
            assertThat(z.lastSeen()).isEqualTo("2024-12-18");
            assertThat(z.aliases()).extracting(Rows.NameUse::value).contains("Volodymyr Zelensky", "Zelensky");
            assertThat(z.titles()).singleElement().isEqualTo(new Rows.NameUse("President", "2024-12-10", "2024-12-18", 3));
            assertThat(z.why()).extracting(Rows.Merge::reason).anySatisfy(r -> assertThat(r)
                    .contains("a surname alone ('zelensky')").contains("shared title 'president'"));
            assertThat(z.events()).extracting(Rows.Event::type).containsExactly("VISIT", "VISIT", "MEETING");
            assertThat(z.quotes()).singleElement().extracting(Rows.Quote::quote).asString().startsWith("We need air defense,");
            assertThat(z.claims()).singleElement().extracting(Rows.Claim::hedged).isEqualTo(true);
            assertThat(z.cooccurring()).extracting(Rows.Neighbour::name).startsWith("NATO", "Ukraine");
            assertThat(q.entity("Volodymyr Zelensky")).extracting(Rows.Profile::entity).containsExactly(z.entity());

            List<Rows.Profile> smiths = q.entity("Smith");
            assertThat(smiths).extracting(Rows.Profile::name).containsExactlyInAnyOrder("John Smith", "Jane Smith");
            assertThat(q.entity("Jane Smith").get(0).why().get(0).reason())
                    .contains("different given names").contains("John Smith");
            assertThat(q.entity("Leeds").get(0).articles()).isEqualTo(2);
            assertThat(q.entity("Nobody")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void timelineFiltersByEntityDaysAndType(Function<Path, StoreLocation> backend) {
        try (JdbcStore store = store(backend)) {
            CorpusQueries q = new CorpusQueries(store);
            List<Rows.Event> all = q.timeline(new TimelineQuery(null, null, null, null, 100));
            assertThat(all).extracting(Rows.Event::day).containsExactly("2024-11-02", "2024-12-09", "2024-12-10",
                    "2024-12-18", "2024-12-18", "2024-12-18");
            List<Rows.Event> z = q.timeline(new TimelineQuery("Zelensky", null, null, null, 100));
            assertThat(z).extracting(Rows.Event::predicate).containsExactly("met", "visited", "visit");
            assertThat(z.get(0).actors()).isEqualTo("Volodymyr Zelensky");
            assertThat(z.get(0).targets()).isEqualTo("Mark Rutte");
            assertThat(q.timeline(new TimelineQuery("Zelensky", LocalDate.parse("2024-12-11"), null, null, 100)))
                    .hasSize(2);
            assertThat(q.timeline(new TimelineQuery(null, null, LocalDate.parse("2024-12-09"), null, 100)))
                    .extracting(Rows.Event::type).containsExactly("PROTEST", "REQUEST");
            assertThat(q.timeline(new TimelineQuery(null, null, null, EventType.AID, 100))).singleElement()
                    .satisfies(e -> {
                        assertThat(e.factuality()).isEqualTo("hypothetical");
                        assertThat(e.claimSource()).isEqualTo("Volodymyr Zelensky");
                        assertThat(e.day()).isEqualTo("2024-12-18");
                    });
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, 2))).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anEventOfTypeOtherIsHiddenFromTimelinesUnlessAskedForByType(Function<Path, StoreLocation> backend) {
        String text = "The rally drew a crowd in Leeds. Marchers protested the closure.";
        ArticleRecord r = Records.article("leeds-rally", "2024-11-02", text, List.of(),
                List.of(Records.event("V1", text, "drew", EventType.OTHER, "2024-11-02", Factuality.ASSERTED, null),
                        Records.event("V2", text, "protested", EventType.PROTEST, "2024-11-02",
                                Factuality.ASSERTED, null)));
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), Clock.systemUTC())) {
            store.put(r);
            CorpusQueries q = new CorpusQueries(store);
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, 100))).extracting(Rows.Event::type)
                    .containsExactly("PROTEST");
            assertThat(q.timeline(new TimelineQuery(null, null, null, EventType.OTHER, 100)))
                    .extracting(Rows.Event::predicate).containsExactly("drew");
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, EventFamily.OTHER, 100)))
                    .extracting(Rows.Event::predicate).containsExactly("drew");
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, EventFamily.MATERIAL_CONFLICT, 100)))
                    .extracting(Rows.Event::predicate).containsExactly("protested");
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, EventFamily.DISASTER, 100))).isEmpty();
            assertThat(store.get("leeds-rally").orElseThrow().events()).as("kept in the record").hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void storyTimelineHoldsTheOtherEventsOfTheEntitysArticles(Function<Path, StoreLocation> backend) {
        try (JdbcStore store = store(backend)) {
            CorpusQueries q = new CorpusQueries(store);
            long zelensky = q.entities("PERSON", 100, 0).stream().filter(e -> e.name().equals("Volodymyr Zelensky"))
                    .findFirst().orElseThrow().entity();
            List<Rows.Event> story = q.storyTimeline(zelensky, 100);
            assertThat(story).extracting(Rows.Event::predicate).startsWith("asked").containsSubsequence("asked", "met", "visited");
            assertThat(story).extracting(Rows.Event::day).isSortedAccordingTo(
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
            assertThat(story).noneMatch(e -> "protested".equals(e.trigger()));
            assertThat(q.storyTimeline(zelensky, 1)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void quotesClaimsAndSearch(Function<Path, StoreLocation> backend) {
        try (JdbcStore store = store(backend)) {
            CorpusQueries q = new CorpusQueries(store);
            assertThat(q.quotes("Zelensky", 10)).singleElement().satisfies(x -> {
                assertThat(x.speaker()).isEqualTo("Volodymyr Zelensky");
                assertThat(x.cue()).isEqualTo("said");
            });
            assertThat(q.quotes(null, 10)).hasSize(2);
            assertThat(q.claims("Volodymyr Zelensky", 10)).singleElement().satisfies(c -> {
                assertThat(c.via()).isEqualTo("NATO officials; aides");
                assertThat(c.hedged()).isTrue();
                assertThat(c.cue()).isEqualTo("said");
            });
            assertThat(q.claims(null, 10)).hasSize(2);
            List<Rows.Hit> hits = q.search("air defense", 10);
            assertThat(hits).extracting(Rows.Hit::kind).contains("article", "quote", "claim");
            assertThat(hits.get(0).snippet()).containsIgnoringCase("air");
            assertThat(q.search("protested", 10)).singleElement().extracting(Rows.Hit::article).isEqualTo("a4");
            assertThat(q.search("NATO; -- \"", 10)).isNotEmpty();
            assertThat(q.search("  ", 10)).isEmpty();
        }
    }
}
