package org.dossier.store.jdbc;

import org.dossier.model.ArticleRecord;
import org.dossier.store.Backends;
import org.dossier.store.OpenOptions;
import org.dossier.store.StoreException;
import org.dossier.store.PutResult;
import org.dossier.store.Records;
import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two connections put the same articles at the same moment, on both back-ends (PostgreSQL when
 * {@code DOSSIER_TEST_POSTGRESQL} names a server, skipped with the reason otherwise): each article is stored by one
 * and "already stored" for the other; neither fails (on PostgreSQL both would insert, and one hit the unique
 * constraint, without the write lock); a write that waits longer than its lock wait gives up saying so, and a
 * read-only open refuses writes.
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

    @ParameterizedTest
    @MethodSource("backends")
    void aWriteGivesUpAfterTheLockWaitAndAReadOnlyOpenRefusesWrites(Function<Path, StoreLocation> backend)
            throws Exception {
        StoreLocation where = backend.apply(dir);
        ArticleRecord full = Records.full();
        try (JdbcStore holder = JdbcStore.open(where, JdbcStoreTest.CLOCK);
             JdbcStore waiter = JdbcStore.open(where, JdbcStoreTest.CLOCK,
                     OpenOptions.READ_WRITE.withLockWait(Duration.ofSeconds(1)))) {
            Connection c = holder.connection(); // another writer in the middle of its transaction
            try (Statement st = c.createStatement()) {
                st.execute(holder.dialect() == Dialect.SQLITE ? "ROLLBACK" : "SELECT 1");
                st.execute(holder.dialect() == Dialect.SQLITE ? "BEGIN IMMEDIATE"
                        : "SELECT pg_advisory_xact_lock(" + JdbcStore.WRITE_LOCK + ")");
            }
            assertThatThrownBy(() -> waiter.put(full)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("the store is busy: another process has held its write lock for 1 s");
            c.rollback();
            assertThat(waiter.put(full)).isInstanceOf(PutResult.Stored.class);
        }
        try (JdbcStore ro = JdbcStore.open(where, JdbcStoreTest.CLOCK, OpenOptions.READ_ONLY)) {
            assertThat(ro.readOnly()).isTrue();
            assertThat(ro.get(full.article().id())).contains(full);
            assertThatThrownBy(() -> ro.put(Records.article("x", "2025-01-01", "Another text.", List.of(), List.of())))
                    .isInstanceOf(StoreException.class).hasMessageContaining("opened read-only");
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
