package org.dossier.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

import java.io.File;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What a test needs beyond the repository, Java and Maven: the shared corpora ({@code ../shared}, or the system
 * property {@code dossier.shared} that the build sets), a PostgreSQL server ({@code DOSSIER_TEST_POSTGRESQL}) or
 * Chromium with its driver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}). When one is absent the test is
 * skipped and one line on standard output names what is missing and where it was looked for. With
 * {@code DOSSIER_TEST_STRICT=1} in the environment (or {@code -Ddossier.test.strict=true}) every such skip is a
 * failure instead: {@code .ci/run} sets it, because CI provides all three and must not skip.
 *
 * <p>Inside a test, {@link #shared(String)} and {@link #chromium()} are assumptions. On a class whose set-up already
 * needs the thing ({@code @BeforeAll} starting a browser), {@link Chromium @Needs.Chromium} and
 * {@link Shared @Needs.Shared} skip the whole class before any set-up runs, each test counted as skipped.
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

    /** On a test class or method: run it only where Debian's Chromium and ChromeDriver are installed. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(Condition.class)
    public @interface Chromium {
    }

    /** On a test class or method: run it only where these paths exist inside {@code ../shared}. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(Condition.class)
    public @interface Shared {
        /** Paths inside the shared corpora, e.g. {@code corpus/dev}. */
        String[] value();
    }

    /** The extension behind {@link Chromium} and {@link Shared}: decides before the class's set-up runs. */
    public static final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<AnnotatedElement> element = context.getElement();
            List<String> missing = new ArrayList<>();
            if (element.isPresent()) {
                AnnotationSupport.findAnnotation(element.get(), Shared.class)
                        .ifPresent(s -> {
                            for (String p : s.value()) {
                                missingShared(p).ifPresent(missing::add);
                            }
                        });
                if (AnnotationSupport.isAnnotated(element.get(), Chromium.class)) {
                    missingChromium().ifPresent(missing::add);
                }
            }
            if (missing.isEmpty()) {
                return ConditionEvaluationResult.enabled("everything it needs is here");
            }
            if (strict()) {
                throw new AssertionError(strictMessage(String.join("; ", missing)));
            }
            missing.forEach(Needs::say);
            return ConditionEvaluationResult.disabled(String.join("; ", missing));
        }
    }

    /** The shared corpora folder; skips the test (or fails it under the strict flag) when it is not there. */
    public static Path shared() {
        return shared("");
    }

    /** A file or folder inside the shared corpora, e.g. {@code bench/timebank}; skips or fails when it is absent. */
    public static Path shared(String relative) {
        Optional<String> missing = missingShared(relative);
        if (missing.isPresent()) {
            throw absent(missing.get());
        }
        return relative.isEmpty() ? sharedRoot() : sharedRoot().resolve(relative);
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
        Optional<String> missing = missingChromium();
        if (missing.isPresent()) {
            throw absent(missing.get());
        }
    }

    /** True when the strict flag is set: a missing prerequisite fails the test instead of skipping it. */
    public static boolean strict() {
        return on(System.getenv(STRICT_ENV)) || on(System.getProperty(STRICT_PROPERTY));
    }

    private static boolean on(String flag) {
        return flag != null && !flag.isBlank() && !flag.equals("0") && !flag.equalsIgnoreCase("false");
    }

    static Path sharedRoot() {
        String configured = System.getProperty("dossier.shared");
        // the build sets dossier.shared; without it (an IDE run) tests run from a module folder, beside the root
        Path p = Path.of(configured == null || configured.isBlank() ? "../../shared" : configured);
        return p.toAbsolutePath().normalize();
    }

    private static Optional<String> missingShared(String relative) {
        Path root = sharedRoot();
        if (!Files.isDirectory(root)) {
            return Optional.of("../shared not found at " + root + ": corpus tests skipped");
        }
        Path p = root.resolve(relative);
        if (!relative.isEmpty() && !Files.exists(p)) {
            return Optional.of("../shared/" + relative + " not found at " + p + ": corpus tests skipped");
        }
        return Optional.empty();
    }

    private static Optional<String> missingChromium() {
        for (String binary : new String[]{CHROMIUM, CHROMEDRIVER}) {
            if (!new File(binary).canExecute()) {
                return Optional.of(binary + " not found: browser tests skipped"
                        + " (apt-get install chromium chromium-driver)");
            }
        }
        return Optional.empty();
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
