package org.dossier.store;

import org.dossier.testing.Needs;
import org.junit.jupiter.params.provider.Arguments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The back-ends every store test runs against: SQLite always, PostgreSQL when {@code DOSSIER_TEST_POSTGRESQL} names a
 * server ({@code postgresql://postgres@127.0.0.1:55432/postgres}; {@code .ci/run} starts one and sets it). Each
 * PostgreSQL store gets a schema of its own, so tests do not see each other's rows. A missing server is said once and
 * skipped, or under {@code DOSSIER_TEST_STRICT} (set by {@code .ci/run}) an error ({@link Needs}).
 */
public final class Backends {

    public static final String ENV = Needs.POSTGRESQL_ENV;
    private static final Random SCHEMAS = new Random();

    private Backends() {
    }

    /** For {@code @MethodSource}: one argument, a function from a temporary folder to a fresh store location. */
    public static Stream<Arguments> all() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of(org.junit.jupiter.api.Named.of("sqlite",
                (Function<Path, StoreLocation>) dir -> new StoreLocation.Sqlite(dir.resolve("dossier.db")))));
        Needs.postgresqlIfPresent().ifPresent(pg -> out.add(Arguments.of(org.junit.jupiter.api.Named.of("postgresql",
                (Function<Path, StoreLocation>) dir -> postgresql(pg)))));
        return out.stream();
    }

    /** A fresh schema on the test server, as a {@code --db} URL. */
    public static String postgresqlUrl(String base) {
        String schema;
        synchronized (SCHEMAS) {
            schema = "t" + Long.toHexString(SCHEMAS.nextLong() & Long.MAX_VALUE).toLowerCase(Locale.ROOT);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static StoreLocation postgresql(String base) {
        return StoreLocation.parse(postgresqlUrl(base));
    }
}
