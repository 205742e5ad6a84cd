package org.dossier.store.jdbc;

import org.dossier.model.ArticleRecord;
import org.dossier.store.IntegrityReport;
import org.dossier.store.OpenOptions;
import org.dossier.store.PutResult;
import org.dossier.store.SqlStore;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLocation;
import org.dossier.store.StoredText;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;
import org.sqlite.SQLiteErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The {@link Store} over JDBC, SQLite or PostgreSQL. Opening read-write migrates the schema; opening read-only
 * ({@link OpenOptions#readOnly()}) creates and migrates nothing and refuses writes. One connection, one thread at a
 * time; each {@link #put} is one transaction.
 *
 * <p>Several processes may write to one store. A write transaction takes the store's write lock before it reads
 * anything (SQLite: {@code BEGIN IMMEDIATE}; PostgreSQL: a transaction-level advisory lock), so two writers never
 * decide on the same stale view: the second waits, up to {@link OpenOptions#lockWait()}, then sees what the first
 * stored (the same text is then "already stored", not a failure). A wait that runs out says so.
 */
public final class JdbcStore implements SqlStore {

    /** The PostgreSQL advisory lock every write transaction holds: one number, Dossier's alone ("DOSSIER" in ASCII). */
    static final long WRITE_LOCK = 0x444F5353494552L;

    /**
     * SQLite's page cache per connection, in KiB when negative: 64 MiB instead of SQLite's 2 MiB. An article's write
     * touches pages all over the indexes of a large store (name keys, co-occurrences, profile postings, corpus events),
     * and with 2 MiB most of them were read again from the operating system's cache, article after article.
     */
    static final int CACHE_SIZE = -65_536;

    private final Connection connection;
    private final Dialect dialect;
    private final String name;
    private final Clock clock;
    private final OpenOptions options;

    private JdbcStore(Connection connection, Dialect dialect, String name, Clock clock, OpenOptions options) {
        this.connection = connection;
        this.dialect = dialect;
        this.name = name;
        this.clock = clock;
        this.options = options;
    }

    /**
     * Opens (creating if needed) the store at {@code location} read-write and brings its schema up to date.
     *
     * @throws StoreException naming the database, what failed and what to do
     */
    public static JdbcStore open(StoreLocation location, Clock clock) {
        return open(location, clock, OpenOptions.READ_WRITE);
    }

    /**
     * Opens the store at {@code location} as {@code options} say: read-write (creating and migrating it as needed),
     * or read-only (it must exist and have the current schema; nothing is written, not even a migration).
     *
     * @throws StoreException naming the database, what failed and what to do
     */
    public static JdbcStore open(StoreLocation location, Clock clock, OpenOptions options) {
        try {
            return openOnce(location, clock, options);
        } catch (StoreException e) {
            if (!(e.getCause() instanceof Migrations.OlderSchema) || !options.migrateFirst() || !writable(location)) {
                throw e;
            }
        }
        open(location, clock, new OpenOptions(false, options.lockWait(), false)).close(); // migrates
        return openOnce(location, clock, options);
    }

    /** Whether the store can be written, as far as can be told without writing (a PostgreSQL one: assumed so). */
    private static boolean writable(StoreLocation location) {
        if (location instanceof StoreLocation.Sqlite s) {
            Path parent = s.file().toAbsolutePath().getParent();
            return Files.isWritable(s.file()) && (parent == null || Files.isWritable(parent));
        }
        return true;
    }

    private static JdbcStore openOnce(StoreLocation location, Clock clock, OpenOptions options) {
        try {
            if (location instanceof StoreLocation.Sqlite s) {
                if (options.readOnly()) {
                    return openSqliteReadOnly(s.file(), clock, options, !writable(location));
                }
                return openSqlite(s.file(), clock, options);
            }
            return openPostgresql((StoreLocation.Postgresql) location, clock, options);
        } catch (SQLException e) {
            throw new StoreException(location.describe() + ": cannot open the store (" + e.getMessage() + ")"
                    + (location instanceof StoreLocation.Postgresql
                    ? "; check that the server runs, and the user, password and database in --db" : ""), e);
        }
    }

    private static JdbcStore openSqlite(Path file, Clock clock, OpenOptions options) throws SQLException {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create its folder (" + e.getMessage() + "); give --db a "
                    + "writable path", e);
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw new StoreException(file + ": the folder " + parent + " is not writable, and SQLite writes its journal "
                    + "next to the store; make the folder writable, or use a command that only reads (search, export, "
                    + "check, serve without --allow-ingest open the store read-only)");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException(file + ": the file is not writable; make it writable, or use a command that only "
                    + "reads (search, export, check, serve without --allow-ingest open the store read-only)");
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + busyTimeoutMillis(options.lockWait()));
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA cache_size = " + CACHE_SIZE);
            st.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            c.close();
            if (e.getErrorCode() == SQLiteErrorCode.SQLITE_READONLY.code) {
                throw new StoreException(file + ": the store is not writable (" + e.getMessage() + "); make the file "
                        + "and its folder writable, or use a command that only reads", e);
            }
            throw new SQLException("not a Dossier SQLite database, or unreadable: " + e.getMessage(), e);
        }
        return migrated(c, Dialect.SQLITE, file.toString(), clock, "jdbc:sqlite:" + file, null, null, null, options);
    }

    /**
     * Opens a SQLite store read-only: {@code mode=ro}, or, when {@code immutable} (its folder or file cannot be
     * written, so SQLite could not even keep its shared-memory index there), {@code immutable=1}, which reads the file
     * without any locking (right for a store on read-only media; wrong if another process writes it meanwhile).
     */
    static JdbcStore openSqliteReadOnly(Path file, Clock clock, OpenOptions options, boolean immutable)
            throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no store here (the file does not exist); give --db the path of a store, "
                    + "or make one with dossier ingest --db " + file + " ARTICLES");
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + (immutable ? "?immutable=1" : "?mode=ro");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeoutMillis(options.lockWait())));
        config.enforceForeignKeys(true);
        Connection c = DriverManager.getConnection(url, config.toProperties());
        try {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = 1");
                st.execute("PRAGMA cache_size = " + CACHE_SIZE);
            } catch (SQLException e) {
                throw new SQLException("not a Dossier SQLite database, or unreadable: " + e.getMessage(), e);
            }
            Migrations.requireCurrent(c, Dialect.SQLITE, url, null, null, null);
            c.setAutoCommit(false);
            return new JdbcStore(c, Dialect.SQLITE, file.toString(), clock, options);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static long busyTimeoutMillis(Duration wait) {
        return Math.min(Integer.MAX_VALUE, wait.toMillis());
    }

    private static JdbcStore openPostgresql(StoreLocation.Postgresql pg, Clock clock, OpenOptions options)
            throws SQLException {
        Properties props = new Properties();
        if (pg.user() != null) {
            props.setProperty("user", pg.user());
        }
        if (pg.password() != null) {
            props.setProperty("password", pg.password());
        }
        props.setProperty("ApplicationName", "dossier");
        props.setProperty("connectTimeout", "10");
        Connection c = DriverManager.getConnection(pg.jdbcUrl(), props);
        if (options.readOnly()) {
            try {
                if (pg.schema() != null) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SET search_path TO " + pg.schema());
                    }
                }
                Migrations.requireCurrent(c, Dialect.POSTGRESQL, pg.jdbcUrl(), pg.user(), pg.password(), pg.schema());
                c.setReadOnly(true);
                c.setAutoCommit(false);
                return new JdbcStore(c, Dialect.POSTGRESQL, pg.describe(), clock, options);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
        if (pg.schema() != null) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + pg.schema());
                st.execute("SET search_path TO " + pg.schema());
            }
        }
        return migrated(c, Dialect.POSTGRESQL, pg.describe(), clock, pg.jdbcUrl(), pg.user(), pg.password(), pg.schema(),
                options);
    }

    private static JdbcStore migrated(Connection c, Dialect dialect, String name, Clock clock, String url, String user,
                                      String password, String schema, OpenOptions options) throws SQLException {
        try {
            Migrations.migrate(c, dialect, url, user, password, schema);
            c.setAutoCommit(false);
            return new JdbcStore(c, dialect, name, clock, options);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether the store was opened read-only (and the connection says so). */
    public boolean readOnly() {
        try {
            return options.readOnly() && connection.isReadOnly();
        } catch (SQLException e) {
            throw failure("cannot tell whether the connection is read-only", e);
        }
    }

    /**
     * Begins a write transaction holding the store's write lock, waiting for it up to the lock wait: on SQLite the
     * driver's idle (deferred) transaction is ended and an immediate one begun, so the lock is taken before the first
     * read; on PostgreSQL the transaction takes {@link #WRITE_LOCK}. Commit or roll back as usual.
     *
     * @throws StoreException when the store is read-only, or the lock was not free within the wait
     */
    private void beginWrite() throws SQLException {
        if (options.readOnly()) {
            throw new StoreException(name + ": the store was opened read-only, so nothing can be stored; use a command "
                    + "that writes (ingest, reextract, serve --allow-ingest) on a writable store");
        }
        if (dialect == Dialect.SQLITE) {
            SQLiteConnectionConfig config = connection.unwrap(SQLiteConnection.class).getConnectionConfig();
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            try {
                connection.rollback(); // "rollback; begin immediate;": waits up to busy_timeout for the lock
            } catch (SQLException e) {
                config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
                try (Statement st = connection.createStatement()) {
                    st.execute("BEGIN"); // the driver expects a transaction open between commits
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (e.getErrorCode() == SQLiteErrorCode.SQLITE_BUSY.code) {
                    throw busy(e);
                }
                throw e;
            } finally {
                config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED); // the next one, after commit
            }
            return;
        }
        try (Statement st = connection.createStatement()) {
            connection.rollback();
            st.execute("SET LOCAL lock_timeout = " + Math.max(1, options.lockWait().toMillis()));
            st.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
        } catch (SQLException e) {
            connection.rollback();
            if ("55P03".equals(e.getSQLState())) { // lock_not_available
                throw busy(e);
            }
            throw e;
        }
    }

    private StoreException busy(SQLException e) {
        return new StoreException(name + ": the store is busy: another process has held its write lock for "
                + options.lockWait().toSeconds() + " s; try again or raise --lock-wait", e);
    }

    @Override
    public String searchSql(String articleCondition) {
        return dialect.searchSql(articleCondition);
    }

    @Override
    public String searchQuery(String text) {
        return dialect.searchQuery(text);
    }

    @Override
    public Optional<StoredText> findText(String textSha256) {
        try (PreparedStatement ps = Binder.bind(connection.prepareStatement(
                "SELECT doc_id, extractor_version FROM articles WHERE text_sha256 = ?"), textSha256);
             ResultSet rs = ps.executeQuery()) {
            Optional<StoredText> found = rs.next() ? Optional.of(new StoredText(rs.getString(1), rs.getString(2)))
                    : Optional.empty();
            connection.commit();
            return found;
        } catch (SQLException e) {
            throw failure("cannot look up a text hash", e);
        }
    }

    @Override
    public List<String> idsExtractedOtherThan(String version) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = version == null
                ? connection.prepareStatement("SELECT doc_id FROM articles ORDER BY doc_id")
                : Binder.bind(connection.prepareStatement("SELECT doc_id FROM articles WHERE extractor_version IS NULL "
                + "OR extractor_version <> ? ORDER BY doc_id"), version);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            connection.commit();
            return ids;
        } catch (SQLException e) {
            throw failure("cannot list the articles by extractor version", e);
        }
    }

    @Override
    public PutResult.Stored replace(ArticleRecord record, String extractorVersion) {
        String id = record.article().id();
        String sha = sha256(record.article().text());
        try {
            beginWrite();
            long pk;
            String ingestedAt;
            try (PreparedStatement ps = Binder.bind(connection.prepareStatement("SELECT pk, text_sha256, ingested_at "
                    + "FROM articles WHERE doc_id = ?"), id); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("article '" + id + "' is not stored, so it cannot be re-extracted; "
                            + "ingest it instead");
                }
                if (!rs.getString(2).equals(sha)) {
                    throw new StoreException("article '" + id + "': the record to store has another text than the "
                            + "stored article; re-extraction keeps the text (ingest a changed text under a new id)");
                }
                pk = rs.getLong(1);
                ingestedAt = rs.getString(3);
            }
            new ArticleRemoval(connection, dialect).remove(pk);
            long newPk = new ArticleWriter(connection, dialect, clock).write(record, sha, extractorVersion);
            try (PreparedStatement ps = Binder.bind(connection.prepareStatement("UPDATE articles SET ingested_at = ? "
                    + "WHERE pk = ?"), ingestedAt, newPk)) {
                ps.executeUpdate();
            }
            connection.commit();
            return new PutResult.Stored(id, record.entities().size());
        } catch (SQLException | RuntimeException e) {
            throw rolledBack(e, "article '" + id + "' (" + record.article().origin() + ") was not re-extracted");
        }
    }

    @Override
    public PutResult put(ArticleRecord record, String extractorVersion) {
        String id = record.article().id();
        String sha = sha256(record.article().text());
        try {
            beginWrite();
            try (PreparedStatement ps = Binder.bind(connection.prepareStatement("SELECT doc_id, text_sha256 FROM articles "
                    + "WHERE text_sha256 = ? OR doc_id = ?"), sha, id); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2).equals(sha)) {
                        connection.rollback();
                        return new PutResult.Duplicate(id, rs.getString(1));
                    }
                }
                if (idTaken(id)) {
                    connection.rollback();
                    throw new StoreException("article '" + id + "' (" + record.article().origin() + "): another "
                            + "article with this id and a different text is stored; give this one another id "
                            + "(\"id\" in its metadata)");
                }
            }
            new ArticleWriter(connection, dialect, clock).write(record, sha, extractorVersion);
            connection.commit();
            return new PutResult.Stored(id, record.entities().size());
        } catch (SQLException | RuntimeException e) {
            throw rolledBack(e, "article '" + id + "' (" + record.article().origin() + ") was not stored");
        }
    }

    private boolean idTaken(String id) throws SQLException {
        try (PreparedStatement ps = Binder.bind(connection.prepareStatement("SELECT 1 FROM articles WHERE doc_id = ?"), id);
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public Optional<ArticleRecord> get(String id) {
        try {
            Optional<ArticleRecord> r = new ArticleLoader(connection).load(id);
            connection.commit();
            return r;
        } catch (SQLException e) {
            throw failure("cannot read article '" + id + "'", e);
        }
    }

    @Override
    public void forEach(Consumer<ArticleRecord> sink) {
        List<String> ids = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT doc_id FROM articles ORDER BY doc_id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failure("cannot list the articles", e);
        }
        for (String id : ids) {
            get(id).ifPresent(sink);
        }
    }

    @Override
    public long size() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            long n = rs.getLong(1);
            connection.commit();
            return n;
        } catch (SQLException e) {
            throw failure("cannot count the articles", e);
        }
    }

    @Override
    public IntegrityReport check() {
        try {
            IntegrityReport report = new IntegrityCheck(connection, dialect).run(this::forEach);
            connection.commit();
            return report;
        } catch (SQLException e) {
            throw failure("the integrity check could not run", e);
        }
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }

    /**
     * Rolls the write transaction back after {@code e} and gives the exception to throw: a {@link StoreException}
     * as it is (its message already says what to do), anything else as "{@code what}" with its cause.
     */
    private StoreException rolledBack(Exception e, String what) {
        try {
            connection.rollback();
        } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
        }
        return e instanceof StoreException se ? se : failure(what, e);
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(name + ": " + what + " (" + e.getMessage() + ")", e);
    }

    /** {@link Store#textSha256}. */
    public static String sha256(String text) {
        return Store.textSha256(text);
    }
}
