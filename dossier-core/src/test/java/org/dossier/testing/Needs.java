package org.dossier.testing;

import org.opentest4j.TestAbortedException;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What a test needs beyond the repository, Java and Maven: the shared corpora ({@code ../shared}, or the system
 * property {@code dossier.shared} that the build sets), a PostgreSQL server ({@code DOSSIER_TEST_POSTGRESQL}) or
 * Chromium with its driver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}). When one is absent the test is
 * skipped (a JUnit assumption) and one line on standard output names what is missing and where it was looked for.
 * With {@code DOSSIER_TEST_STRICT=1} in the environment (or {@code -Ddossier.test.strict=true}) every such skip is a
 * failure instead: {@code .ci/run} sets it, because CI provides all three and must not skip.
 */
public final class Needs {

    public static final String STRICT_ENV = "DOSSIER_TEST_STRICT";
    public static final String STRICT_PROPERTY = "dossier.test.strict";
    public static final String POSTGRESQL_ENV = "DOSSIER_TEST_POSTGRESQL";
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();
    /** Where the skip lines go: standard output, which Maven shows; a test of this class catches them. */
    static Consumer<String> out = System.out::println;

    private Needs() {
    }

    /** The shared corpora folder; skips the test (or fails it under the strict flag) when it is not there. */
    public static Path shared() {
        Path shared = sharedRoot();
        if (!Files.isDirectory(shared)) {
            throw absent("../shared not found at " + shared + ": corpus tests skipped");
        }
        return shared;
    }

    /** A file or folder inside the shared corpora, e.g. {@code bench/timebank}; skips or fails when it is absent. */
    public static Path shared(String relative) {
        Path p = shared().resolve(relative);
        if (!Files.exists(p)) {
            throw absent("../shared/" + relative + " not found at " + p + ": corpus tests skipped");
        }
        return p;
    }

    /**
     * The PostgreSQL base URL of the test server, or empty (after saying so once) when {@code DOSSIER_TEST_POSTGRESQL}
     * is not set: for tests that run on SQLite always and on PostgreSQL when there is one. Fails under the strict flag.
     */
    public static Optional<String> postgresqlIfPresent() {
        String url = System.getenv(POSTGRESQL_ENV);
        if (url != null && !url.isBlank()) {
            return Optional.of(url.strip());
        }
        String reason = POSTGRESQL_ENV + " not set: store tests run on SQLite only, their PostgreSQL runs skipped";
        if (strict()) {
            throw new AssertionError(strictMessage(reason));
        }
        say(reason);
        return Optional.empty();
    }

    /** Checks that Debian's Chromium and ChromeDriver are installed; skips or fails the test when either is absent. */
    public static void chromium() {
        for (String binary : new String[]{CHROMIUM, CHROMEDRIVER}) {
            if (!new File(binary).canExecute()) {
                throw absent(binary + " not found: browser tests skipped (apt-get install chromium chromium-driver)");
            }
        }
    }

    /** True when the strict flag is set: a missing prerequisite fails the test instead of skipping it. */
    public static boolean strict() {
        String env = System.getenv(STRICT_ENV);
        String prop = System.getProperty(STRICT_PROPERTY);
        return (env != null && !env.isBlank() && !env.equals("0") && !env.equalsIgnoreCase("false"))
                || (prop != null && !prop.isBlank() && !prop.equals("0") && !prop.equalsIgnoreCase("false"));
    }

    static Path sharedRoot() {
        String configured = System.getProperty("dossier.shared");
        // the build sets dossier.shared; without it (an IDE run) tests run from a module folder, beside the root
        Path p = Path.of(configured == null || configured.isBlank() ? "../../shared" : configured);
        return p.toAbsolutePath().normalize();
    }

    private static RuntimeException absent(String reason) {
        if (strict()) {
            throw new AssertionError(strictMessage(reason));
        }
        say(reason);
        return new TestAbortedException(reason);
    }

    private static String strictMessage(String reason) {
        return STRICT_ENV + " is set, so this is a failure, not a skip: " + reason;
    }

    private static void say(String reason) {
        if (SAID.add(reason)) {
            out.accept("[SKIPPED] " + reason);
        }
    }
}
