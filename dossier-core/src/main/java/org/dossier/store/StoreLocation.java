package org.dossier.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives: an embedded SQLite file, or a PostgreSQL database named by a
 * {@code postgresql://user:password@host:port/database} URL (the form {@code psql} accepts).
 */
public sealed interface StoreLocation {

    /** The default store: {@code ./dossier-data/dossier.db}. */
    Path DEFAULT_FILE = Path.of("dossier-data", "dossier.db");

    /** What to show the user (never the password). */
    String describe();

    /** An embedded SQLite database in {@code file}. */
    record Sqlite(Path file) implements StoreLocation {
        public Sqlite {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /** A PostgreSQL database; {@code schema} (may be {@code null}) selects a schema other than the default. */
    record Postgresql(String host, int port, String database, String user, String password, String schema)
            implements StoreLocation {

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        @Override
        public String describe() {
            return "postgresql://" + (user != null ? user + "@" : "") + host + ":" + port + "/" + database
                    + (schema != null ? "?currentSchema=" + schema : "");
        }
    }

    /**
     * Parses a {@code --db} value: a {@code postgresql://} (or {@code postgres://}) URL, else a file path.
     *
     * @throws IllegalArgumentException naming the value and the forms accepted
     */
    static StoreLocation parse(String value) {
        if (value == null || value.isBlank()) {
            return new Sqlite(DEFAULT_FILE);
        }
        if (!value.startsWith("postgresql://") && !value.startsWith("postgres://")) {
            if (value.matches("^[a-z][a-z0-9+.-]*://.*")) {
                throw new IllegalArgumentException("--db '" + value + "': unknown kind of database; give a file path "
                        + "for SQLite or postgresql://user:password@host:5432/database");
            }
            return new Sqlite(Path.of(value));
        }
        try {
            URI uri = new URI(value);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (uri.getHost() == null || path.isEmpty()) {
                throw new IllegalArgumentException("--db '" + value + "': give host and database, e.g. "
                        + "postgresql://dossier@localhost:5432/dossier");
            }
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : null;
            }
            String schema = null;
            if (uri.getRawQuery() != null) {
                for (String kv : uri.getRawQuery().split("&")) {
                    String[] p = kv.split("=", 2);
                    if (p.length == 2 && (p[0].equals("currentSchema") || p[0].equals("schema"))) {
                        schema = decode(p[1]);
                    } else if (p.length == 2 && p[0].equals("user")) {
                        user = decode(p[1]);
                    } else if (p.length == 2 && p[0].equals("password")) {
                        password = decode(p[1]);
                    }
                }
            }
            if (schema != null && !schema.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("--db: schema '" + schema + "' must be letters, digits and _");
            }
            return new Postgresql(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, path, user, password, schema);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--db '" + value + "' is not a URL (" + e.getReason()
                    + "); write postgresql://user:password@host:5432/database");
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
