package org.dossier.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A missing prerequisite skips with a reason naming it and where it was looked for; the strict flag fails instead. */
class NeedsTest {

    @TempDir
    Path dir;
    private String shared;
    private String strict;
    private final List<String> said = new ArrayList<>();

    @BeforeEach
    void keep() {
        shared = System.getProperty("dossier.shared");
        strict = System.getProperty(Needs.STRICT_PROPERTY);
        Needs.out = said::add;
    }

    @AfterEach
    void restore() {
        set("dossier.shared", shared);
        set(Needs.STRICT_PROPERTY, strict);
        Needs.out = System.out::println;
    }

    private static void set(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    @DisabledIfEnvironmentVariable(named = Needs.STRICT_ENV, matches = ".+", disabledReason = "strict here: no skips")
    void aMissingFolderSkipsNamingWhereItLooked() throws Exception {
        System.setProperty("dossier.shared", dir.resolve("shared").toString());
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(Needs::shared).isInstanceOf(TestAbortedException.class)
                    .hasMessage("../shared not found at " + dir.resolve("shared") + ": corpus tests skipped");
        }
        assertThat(said).containsExactly("[SKIPPED] ../shared not found at " + dir.resolve("shared")
                + ": corpus tests skipped");
        Files.createDirectories(dir.resolve("shared/bench"));
        assertThat(Needs.shared()).isEqualTo(dir.resolve("shared"));
        assertThat(Needs.shared("bench")).isEqualTo(dir.resolve("shared/bench"));
        assertThatThrownBy(() -> Needs.shared("bench/timebank")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("../shared/bench/timebank not found at " + dir.resolve("shared/bench/timebank"));
    }

    @Test
    void theStrictFlagTurnsTheSkipIntoAFailure() {
        System.setProperty("dossier.shared", dir.resolve("shared").toString());
        System.setProperty(Needs.STRICT_PROPERTY, "true");
        assertThat(Needs.strict()).isTrue();
        assertThatThrownBy(Needs::shared).isInstanceOf(AssertionError.class)
                .hasMessage("DOSSIER_TEST_STRICT is set, so this is a failure, not a skip: ../shared not found at "
                        + dir.resolve("shared") + ": corpus tests skipped");
        assertThat(said).isEmpty();
    }
}
