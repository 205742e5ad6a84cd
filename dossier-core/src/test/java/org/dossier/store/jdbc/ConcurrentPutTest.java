package org.dossier.store.jdbc;

import org.dossier.model.ArticleRecord;
import org.dossier.store.Backends;
import org.dossier.store.PutResult;
import org.dossier.store.Records;
import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two connections put the same articles at the same moment, on both back-ends (PostgreSQL when
 * {@code DOSSIER_TEST_POSTGRESQL} names a server, skipped with the reason otherwise): each article is stored by one
 * and "already stored" for the other; neither fails (on PostgreSQL both would insert, and one hit the unique
 * constraint, without the write lock).
 */
class ConcurrentPutTest {

    @TempDir
    Path dir;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> backends() {
        return Backends.all();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void twoConnectionsPuttingTheSameArticlesAtOnceStoreEachOnce(Function<Path, StoreLocation> backend)
            throws Exception {
        StoreLocation where = backend.apply(dir);
        List<ArticleRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = "Ortiz" + i + " met Dahl" + i + " in Oslo.";
            records.add(Records.article("p" + i, "2025-01-02", text, List.of(), List.of()));
        }
        try (JdbcStore a = JdbcStore.open(where, JdbcStoreTest.CLOCK);
             JdbcStore b = JdbcStore.open(where, JdbcStoreTest.CLOCK)) {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<List<PutResult>> ra = CompletableFuture.supplyAsync(() -> putAll(a, records, together));
            CompletableFuture<List<PutResult>> rb = CompletableFuture.supplyAsync(() -> putAll(b, records, together));
            List<PutResult> fromA = ra.get(60, TimeUnit.SECONDS);
            List<PutResult> fromB = rb.get(60, TimeUnit.SECONDS);
            for (int i = 0; i < records.size(); i++) {
                assertThat(List.of(fromA.get(i), fromB.get(i))).as("article p" + i)
                        .containsExactlyInAnyOrder(new PutResult.Stored("p" + i, 0),
                                new PutResult.Duplicate("p" + i, "p" + i));
            }
            assertThat(a.size()).isEqualTo(records.size());
        }
    }

    private static List<PutResult> putAll(JdbcStore store, List<ArticleRecord> records, CyclicBarrier together) {
        List<PutResult> out = new ArrayList<>();
        for (ArticleRecord r : records) {
            try {
                together.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            out.add(store.put(r));
        }
        return out;
    }
}
