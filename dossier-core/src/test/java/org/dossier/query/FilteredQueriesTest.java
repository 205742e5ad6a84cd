package org.dossier.query;

import org.dossier.model.EventType;
import org.dossier.store.Backends;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The queries the web pages need: filtered search and listings, entities by id, claims about an entity. */
class FilteredQueriesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> backends() {
        return Backends.all();
    }

    private JdbcStore store(Function<Path, StoreLocation> backend) {
        JdbcStore store = JdbcStore.open(backend.apply(dir), Clock.systemUTC());
        CorpusQueriesTest.corpus().forEach(store::put);
        return store;
    }

    private static ArticleFilter filter(String from, String to, String entity, EventType type, String source) {
        return new ArticleFilter(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                entity, type, source);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void searchAndListingsHonourEveryFilter(Function<Path, StoreLocation> backend) {
        try (JdbcStore store = store(backend)) {
            CorpusQueries q = new CorpusQueries(store);
            assertThat(q.search("NATO", ArticleFilter.ANY, 20)).extracting(Rows.Hit::article)
                    .contains("a1", "a2", "kyiv-2024-12-18");
            assertThat(q.search("NATO", filter("2024-12-11", null, null, null, null), 20)).extracting(Rows.Hit::article)
                    .containsOnly("a2", "kyiv-2024-12-18");
            assertThat(q.search("NATO", filter(null, "2024-12-10", null, null, null), 20)).extracting(Rows.Hit::article)
                    .containsOnly("a1");
            assertThat(q.search("NATO", filter(null, null, null, null, "kyiv independent"), 20))
                    .extracting(Rows.Hit::article).containsOnly("kyiv-2024-12-18");
            assertThat(q.search("NATO", filter(null, null, "Mark Rutte", null, null), 20))
                    .extracting(Rows.Hit::article).containsOnly("a1");
            assertThat(q.search("NATO", filter(null, null, null, EventType.VISIT, null), 20))
                    .extracting(Rows.Hit::article).containsOnly("a2", "kyiv-2024-12-18");
            assertThat(q.search("NATO", filter(null, null, "Nobody Known", null, null), 20)).isEmpty();

            assertThat(q.articles(ArticleFilter.ANY, 10, 0)).extracting(Rows.ArticleSummary::article)
                    .containsExactly("a2", "kyiv-2024-12-18", "a1", "a4", "a3");
            assertThat(q.articles(ArticleFilter.ANY, 2, 3)).extracting(Rows.ArticleSummary::article)
                    .containsExactly("a4", "a3");
            assertThat(q.articles(filter(null, null, "Leeds", EventType.PROTEST, null), 10, 0))
                    .extracting(Rows.ArticleSummary::article).containsExactly("a4");
            assertThat(q.articleSummaries(List.of("a1", "missing")).keySet()).containsExactly("a1");
            assertThat(q.articleSummaries(List.of("kyiv-2024-12-18")).get("kyiv-2024-12-18").title())
                    .isEqualTo("Zelensky in Brussels");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void entitiesByIdTheirTimelineAndClaimsAboutThem(Function<Path, StoreLocation> backend) {
        try (JdbcStore store = store(backend)) {
            CorpusQueries q = new CorpusQueries(store);
            long zelensky = q.findEntities("Zelensky").get(0);
            assertThat(q.profile(zelensky)).get().extracting(Rows.Profile::name).isEqualTo("Volodymyr Zelensky");
            assertThat(q.profile(987_654)).isEmpty();
            assertThat(q.articleEntities("a2")).containsEntry("E1", zelensky).hasSize(4);
            assertThat(q.articleEntities("missing")).isEmpty();

            List<Rows.Event> events = q.timeline(new TimelineQuery(null, null, null, null, 100), zelensky, null);
            assertThat(events).extracting(Rows.Event::predicate).containsExactly("met", "visited", "visit");
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, 100), zelensky, "Kyiv Independent"))
                    .extracting(Rows.Event::predicate).containsExactly("visit");
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, 100), null, "test wire")).hasSize(4);

            List<Rows.EntitySummary> top = q.entities(null, 3, 0);
            assertThat(top).hasSize(3);
            assertThat(top.get(0).articles()).isGreaterThanOrEqualTo(top.get(1).articles());
            assertThat(q.entities("PERSON", 100, 0)).extracting(Rows.EntitySummary::type).containsOnly("PERSON");
            assertThat(q.entitySummaries(List.of(zelensky, 987_654L))).singleElement()
                    .extracting(Rows.EntitySummary::name).isEqualTo("Volodymyr Zelensky");

            long ukraine = q.findEntities("Ukraine").get(0);
            assertThat(q.claimsAbout(ukraine, 10)).singleElement().satisfies(c -> {
                assertThat(c.content()).isEqualTo("Ukraine may receive more aid.");
                assertThat(c.id()).isEqualTo("C2");
            });
            assertThat(q.claimsAbout(zelensky, 10)).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aFilterWithFromAfterToIsRefusedWithTheFix() {
        assertThatThrownBy(() -> filter("2024-12-20", "2024-12-01", null, null, null))
                .hasMessageContaining("swap them");
        assertThat(new ArticleFilter(null, null, " ", null, "").isAny()).isTrue();
    }
}
