package org.dossier.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationDateTest {

    @Test
    void acceptsDatesAndDateTimes() {
        assertThat(PublicationDate.parse("2024-12-18")).isEqualTo(LocalDate.of(2024, 12, 18));
        assertThat(PublicationDate.parse("2024-12-18T23:30:00")).isEqualTo(LocalDate.of(2024, 12, 18));
        assertThat(PublicationDate.parse("2024-12-18T23:30:00Z")).isEqualTo(LocalDate.of(2024, 12, 18));
        assertThat(PublicationDate.parse("2024-12-18T01:30:00+02:00")).isEqualTo(LocalDate.of(2024, 12, 18));
    }

    @Test
    void rejectsOtherFormsAndSaysWhichToUse() {
        assertThatThrownBy(() -> PublicationDate.parse("18/12/2024"))
                .hasMessageContaining("'18/12/2024'").hasMessageContaining("2024-12-18");
        assertThatThrownBy(() -> PublicationDate.parse("2024-02-30"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anArticleWithoutDateHasNoAnchor() {
        Article a = new Article("a", null, null, null, null, "en", "Text.", "a.txt");
        assertThat(a.anchor()).isEmpty();
        assertThat(a.withPublished("2020-01-02").anchor()).contains(LocalDate.of(2020, 1, 2));
    }
}
