package org.dossier.export;

import org.dossier.testing.Needs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TimeML export over all of TimeBank ({@code ../shared/bench/timebank}): every article, with its gold timexes. */
class TimeMlExporterIT {

    @Test
    void timebankExportsAsValidTimeMlWithTheJsonValues() throws Exception {
        assertThat(TimeMlExporterTest.exportEach(Needs.shared("bench/timebank"), 183)).isGreaterThan(1000);
    }
}
