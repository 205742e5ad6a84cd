package org.dossier.store.jdbc;

import org.dossier.model.ArticleRecord;
import org.dossier.store.IntegrityReport;
import org.dossier.store.PutResult;
import org.dossier.store.SqlStore;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLocation;
import org.dossier.store.StoredText;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The {@link Store} over JDBC, SQLite or PostgreSQL. Opening migrates the schema. One connection, one thread at a
 * time; each {@link #put} is one transaction.
 */
public final class JdbcStore implements SqlStore {

    private final Connection connection;
    private final Dialect dialect;
    private final String name;
    private final Clock clock;

    private JdbcStore(Connection connection, Dialect dialect, String name, Clock clock) {
        this.connection = connection;
        this.dialect = dialect;
        this.name = name;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) the store at {@code location} and brings its schema up to date.
     *
     * @throws StoreException naming the database, what failed and what to do
     */
    public static JdbcStore open(StoreLocation location, Clock clock) {
        try {
            if (location instanceof StoreLocation.Sqlite s) {
                return openSqlite(s.file(), clock);
            }
            return openPostgresql((StoreLocation.Postgresql) location, clock);
        } catch (SQLException e) {
            throw new StoreException(location.describe() + ": cannot open the store (" + e.getMessage() + ")"
                    + (location instanceof StoreLocation.Postgresql
                    ? "; check that the server runs, and the user, password and database in --db" : ""), e);
        }
    }

    private static JdbcStore openSqlite(Path file, Clock clock) throws SQLException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create its folder (" + e.getMessage() + "); give --db a "
                    + "writable path", e);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = 10000");
        } catch (SQLException e) {
            c.close();
            throw new SQLException("not a Dossier SQLite database, or unreadable: " + e.getMessage(), e);
        }
        return migrated(c, Dialect.SQLITE, file.toString(), clock, "jdbc:sqlite:" + file, null, null, null);
    }

    private static JdbcStore openPostgresql(StoreLocation.Postgresql pg, Clock clock) throws SQLException {
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
        if (pg.schema() != null) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + pg.schema());
                st.execute("SET search_path TO " + pg.schema());
            }
        }
        return migrated(c, Dialect.POSTGRESQL, pg.describe(), clock, pg.jdbcUrl(), pg.user(), pg.password(), pg.schema());
    }

    private static JdbcStore migrated(Connection c, Dialect dialect, String name, Clock clock, String url, String user,
                                      String password, String schema) throws SQLException {
        try {
            Migrations.migrate(c, dialect, url, user, password, schema);
            c.setAutoCommit(false);
            return new JdbcStore(c, dialect, name, clock);
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
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw failure("article '" + id + "' (" + record.article().origin() + ") was not re-extracted", e);
        }
    }

    @Override
    public PutResult put(ArticleRecord record, String extractorVersion) {
        String id = record.article().id();
        String sha = sha256(record.article().text());
        try {
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
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw failure("article '" + id + "' (" + record.article().origin() + ") was not stored", e);
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

    private StoreException failure(String what, Exception e) {
        return new StoreException(name + ": " + what + " (" + e.getMessage() + ")", e);
    }

    /** {@link Store#textSha256}. */
    public static String sha256(String text) {
        return Store.textSha256(text);
    }
}
