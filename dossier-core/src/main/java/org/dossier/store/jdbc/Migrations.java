package org.dossier.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Brings a database to the current schema by running, in order and each in its own transaction, the migrations it
 * has not run yet. A migration is {@code migrations/VNNN__name.sql} (both back-ends) or
 * {@code VNNN__name.DIALECT.sql} (one back-end), or a step in Java where SQL cannot compute the data ({@link #JAVA}).
 * Applied versions are kept in {@code schema_migrations}.
 */
final class Migrations {

    /** A migration written in Java, run inside the migration's transaction. */
    interface Step {
        void run(Connection c) throws SQLException;
    }

    /** Every migration, in order; a version may have a shared file, one file per dialect, or a {@link Step}. */
    static final List<String> ALL = List.of("V001__corpus", "V002__search", "V003__name_keys");

    /** The migrations written in Java. */
    static final Map<String, Step> JAVA = Map.of("V003__name_keys", NameKeyMigration::recompute);

    private Migrations() {
    }

    static void migrate(Connection c, Dialect dialect, Clock clock) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                        + "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            c.commit();
            int current = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
                rs.next();
                current = rs.getInt(1);
            }
            if (current > ALL.size()) {
                throw new SQLException("the database has schema version " + current + ", newer than this Dossier ("
                        + ALL.size() + "); use a newer Dossier with it");
            }
            for (int v = current + 1; v <= ALL.size(); v++) {
                String name = ALL.get(v - 1);
                try (Statement st = c.createStatement();
                     PreparedStatement ps = c.prepareStatement("INSERT INTO schema_migrations (version, name, "
                             + "applied_at) VALUES (?, ?, ?)")) {
                    if (JAVA.containsKey(name)) {
                        JAVA.get(name).run(c);
                    } else {
                        for (String stmt : statements(dialect.expand(load(name, dialect)))) {
                            st.executeUpdate(stmt);
                        }
                    }
                    Binder.bind(ps, v, name, clock.instant().toString()).executeUpdate();
                }
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String load(String name, Dialect dialect) {
        for (String file : List.of(name + ".sql", name + "." + dialect.migrationSuffix() + ".sql")) {
            try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration " + file, e);
            }
        }
        throw new IllegalStateException("migration " + name + " has no file for " + dialect
                + " (the build lost a resource)");
    }

    /** Splits a migration into statements at semicolons ending a line; drops comment lines. */
    static List<String> statements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
