package org.dossier.store.jdbc;

import org.dossier.model.ArticleRecord;
import org.dossier.query.CorpusQueries;
import org.dossier.store.OpenOptions;
import org.dossier.store.PutResult;
import org.dossier.store.Records;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, items 4 and 7 on SQLite: a write waits for another connection's write lock, bounded, with a message
 * that says so; a store opened read-only is queried without writing anything (the tests run as root, where a
 * chmod'ed file stays writable, so they open read-only explicitly and check the connection's read-only flag, and
 * open with {@code immutable=1}, what a store on a read-only folder gets).
 */
class StoreLockAndReadOnlyTest {

    @TempDir
    Path dir;

    private StoreLocation.Sqlite location() {
        return new StoreLocation.Sqlite(dir.resolve("dossier.db"));
    }

    @Test
    void aWriteWaitsForTheLockThenGivesUpWithTheReasonAndTheFix() throws Exception {
        ArticleRecord full = Records.full();
        try (JdbcStore store = JdbcStore.open(location(), JdbcStoreTest.CLOCK,
                OpenOptions.READ_WRITE.withLockWait(Duration.ofSeconds(1)));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + location().file())) {
            try (Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE"); // another process holds the write lock
            }
            long start = System.nanoTime();
            assertThatThrownBy(() -> store.put(full)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("the store is busy: another process has held its write lock for 1 s; "
                            + "try again or raise --lock-wait");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            try (Statement st = other.createStatement()) {
                st.execute("ROLLBACK");
            }
            assertThat(store.put(full)).as("the same connection writes once the lock is free")
                    .isInstanceOf(PutResult.Stored.class);
            assertThat(store.size()).isEqualTo(1);
        }
    }

    @Test
    void aWriterThatWaitedSeesWhatTheOtherStoredAsAlreadyStored() throws Exception {
        ArticleRecord full = Records.full();
        try (JdbcStore first = JdbcStore.open(location(), JdbcStoreTest.CLOCK);
             JdbcStore second = JdbcStore.open(location(), JdbcStoreTest.CLOCK);
             Connection holder = DriverManager.getConnection("jdbc:sqlite:" + location().file())) {
            assertThat(second.findText(JdbcStore.sha256(full.article().text()))).isEmpty(); // both decided to extract
            try (Statement st = holder.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            }
            CompletableFuture<PutResult> a = CompletableFuture.supplyAsync(() -> first.put(full));
            Thread.sleep(200);
            try (Statement st = holder.createStatement()) {
                st.execute("ROLLBACK");
            }
            PutResult ra = a.get(30, TimeUnit.SECONDS);
            PutResult rb = second.put(full);
            assertThat(List.of(ra, rb)).containsExactly(new PutResult.Stored(full.article().id(), 4),
                    new PutResult.Duplicate(full.article().id(), full.article().id()));
        }
    }

    @Test
    void aReadOnlyStoreIsQueriedAndRefusesWritesSayingWhy() {
        ArticleRecord full = Records.full();
        try (JdbcStore store = JdbcStore.open(location(), JdbcStoreTest.CLOCK)) {
            store.put(full);
        }
        try (JdbcStore ro = JdbcStore.open(location(), JdbcStoreTest.CLOCK, OpenOptions.READ_ONLY)) {
            assertThat(ro.readOnly()).isTrue();
            assertThat(ro.get(full.article().id())).contains(full);
            assertThat(new CorpusQueries(ro).search("Brussels", 10)).isNotEmpty();
            assertThat(ro.check().ok()).isTrue();
            assertThatThrownBy(() -> ro.put(Records.article("other", "2025-01-01", "Other text.", List.of(), List.of())))
                    .isInstanceOf(StoreException.class).hasMessageContaining("opened read-only");
        }
    }

    @Test
    void aStoreOnAReadOnlyFolderIsOpenedImmutable() throws Exception {
        ArticleRecord full = Records.full();
        try (JdbcStore store = JdbcStore.open(location(), JdbcStoreTest.CLOCK)) {
            store.put(full);
        }
        try (JdbcStore ro = JdbcStore.openSqliteReadOnly(location().file(), JdbcStoreTest.CLOCK, OpenOptions.READ_ONLY,
                true)) {
            assertThat(ro.readOnly()).isTrue();
            assertThat(ro.size()).isEqualTo(1);
            assertThat(ro.get(full.article().id())).contains(full);
        }
    }

    @Test
    void aReadOnlyOpenNeitherCreatesNorMigrates() throws Exception {
        Path missing = dir.resolve("nowhere.db");
        assertThatThrownBy(() -> JdbcStore.open(new StoreLocation.Sqlite(missing), JdbcStoreTest.CLOCK,
                OpenOptions.READ_ONLY)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no store here").hasMessageContaining("dossier ingest --db " + missing);
        assertThat(missing).doesNotExist();

        try (JdbcStore store = JdbcStore.open(location(), JdbcStoreTest.CLOCK)) {
            assertThat(store.size()).isZero();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location().file());
             Statement st = c.createStatement()) {
            // as a store made by an older Dossier: its last migration not yet run
            st.executeUpdate("DELETE FROM flyway_schema_history WHERE installed_rank = "
                    + "(SELECT MAX(installed_rank) FROM flyway_schema_history)");
        }
        assertThatThrownBy(() -> JdbcStore.open(location(), JdbcStoreTest.CLOCK, OpenOptions.READ_ONLY))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("older than this Dossier's").hasMessageContaining("opened read-only, so it was "
                        + "not migrated");
    }
}
