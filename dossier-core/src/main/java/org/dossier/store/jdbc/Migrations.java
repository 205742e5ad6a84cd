package org.dossier.store.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Brings a database to the current schema with Flyway. SQL migrations live per dialect in
 * {@code org/dossier/store/jdbc/migrations/sqlite} and {@code .../postgresql} ({@code V1__corpus.sql}, ...); the
 * steps SQL cannot compute are Java migrations ({@link #JAVA}). Flyway keeps what ran in
 * {@code flyway_schema_history}.
 *
 * <p>Stores made before Flyway kept their own table, {@code schema_migrations} (version 1 to 3, same numbering):
 * such a store is baselined at the version it reached, so Flyway runs only what came after, and the old table is
 * dropped once the migration succeeded.
 */
final class Migrations {

    /** The bookkeeping table of the migration runner Dossier had before Flyway. */
    static final String LEGACY_TABLE = "schema_migrations";

    /** Flyway's bookkeeping table. */
    static final String HISTORY_TABLE = "flyway_schema_history";

    /**
     * Flyway logs through java.util.logging (not SLF4J, which would warn about a missing binding on every command),
     * and says what it does at INFO, which prints to standard error: only its warnings are wanted.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** The migrations written in Java, because SQL cannot compute what they write. */
    static final List<JavaMigration> JAVA = List.of(new NameKeyMigration(), new EventDayMigration(),
            NameKeyMigration.uses(), new SearchRowsMigration(), new CorpusEventMigration(),
            new EntityCorpusEventsMigration());

    private Migrations() {
    }

    /**
     * Migrates the database {@code c} is connected to; Flyway opens its own connections from {@code url},
     * {@code user} and {@code password} (for PostgreSQL, in {@code schema} when not null, which it creates).
     *
     * @throws SQLException naming what failed and what to do
     */
    static void migrate(Connection c, Dialect dialect, String url, String user, String password, String schema)
            throws SQLException {
        OptionalInt legacy = hasTable(c, HISTORY_TABLE) ? OptionalInt.empty() : legacyVersion(c);
        FluentConfiguration config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:org/dossier/store/jdbc/migrations/" + dialect.migrationFolder())
                .javaMigrations(JAVA.toArray(JavaMigration[]::new))
                .table(HISTORY_TABLE)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .validateMigrationNaming(true);
        if (schema != null) {
            String folded = schema.toLowerCase(Locale.ROOT); // as the unquoted name in CREATE SCHEMA and search_path
            config.schemas(folded).defaultSchema(folded);
        }
        if (legacy.isPresent()) {
            config.baselineOnMigrate(true).baselineVersion(Integer.toString(legacy.getAsInt()))
                    .baselineDescription("store made before Flyway, at schema_migrations version " + legacy.getAsInt());
        }
        Flyway flyway = config.load();
        try {
            for (MigrationInfo m : flyway.info().applied()) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    throw new SQLException("the database has schema version " + m.getVersion() + ", newer than this "
                            + "Dossier knows; use a newer Dossier with it");
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new SQLException("the schema migration failed: " + firstLine(e.getMessage()), e);
        }
        if (legacy.isPresent()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DROP TABLE " + LEGACY_TABLE);
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /**
     * For a read-only open: checks, without writing anything, that the database has the schema this Dossier writes.
     *
     * @throws SQLException saying what schema it has and what to do: an older one must be migrated by a command that
     *                      writes, a newer one needs a newer Dossier, and no schema at all is not a Dossier store
     */
    static void requireCurrent(Connection c, Dialect dialect, String url, String user, String password, String schema)
            throws SQLException {
        if (!hasTable(c, HISTORY_TABLE)) {
            if (hasTable(c, LEGACY_TABLE)) {
                throw new OlderSchema("the store has an older schema than this Dossier reads, and it was opened "
                        + "read-only, so it was not migrated; run a command that writes once (dossier ingest or "
                        + "dossier reextract) where it is writable, or use the Dossier that made it");
            }
            throw new SQLException("not a Dossier store (it has no schema history table); check --db");
        }
        FluentConfiguration config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:org/dossier/store/jdbc/migrations/" + dialect.migrationFolder())
                .javaMigrations(JAVA.toArray(JavaMigration[]::new))
                .table(HISTORY_TABLE)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator");
        if (schema != null) {
            String folded = schema.toLowerCase(Locale.ROOT);
            config.schemas(folded).defaultSchema(folded);
        }
        MigrationInfo[] pending;
        String current;
        try {
            var info = config.load().info();
            for (MigrationInfo m : info.applied()) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    throw new SQLException("the database has schema version " + m.getVersion() + ", newer than this "
                            + "Dossier knows; use a newer Dossier with it");
                }
            }
            pending = info.pending();
            current = info.current() == null ? "none" : info.current().getVersion().toString();
        } catch (FlywayException e) {
            throw new SQLException("cannot read the schema history: " + firstLine(e.getMessage()), e);
        }
        if (pending.length > 0) {
            throw new OlderSchema("the store has schema version " + current + ", older than this Dossier's "
                    + pending[pending.length - 1].getVersion() + ", and it was opened read-only, so it was not "
                    + "migrated; run a command that writes once (dossier ingest or dossier reextract) where it is "
                    + "writable, or use the Dossier that made it");
        }
    }

    /** The schema is older than this Dossier's, and the store was opened read-only. */
    static final class OlderSchema extends SQLException {
        OlderSchema(String message) {
            super(message);
        }
    }

    /** The version the pre-Flyway runner brought the store to, if it has that runner's table. */
    private static OptionalInt legacyVersion(Connection c) throws SQLException {
        if (!hasTable(c, LEGACY_TABLE)) {
            return OptionalInt.empty();
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + LEGACY_TABLE)) {
            rs.next();
            int v = rs.getInt(1);
            if (v > 0) {
                return OptionalInt.of(v);
            }
        }
        // the old runner made its table, then failed on the first migration: nothing to keep
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE " + LEGACY_TABLE);
        }
        return OptionalInt.empty();
    }

    /** Whether {@code table} exists in the connection's current schema. */
    static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = md.getTables(null, c.getSchema(), name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
