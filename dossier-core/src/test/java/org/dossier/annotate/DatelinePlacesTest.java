package org.dossier.annotate;

import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Datelines at the head of an article or a paragraph, in texts of ours. */
class DatelinePlacesTest {

    @Test
    void findsAPlaceInCapitalsWithARegionADateOrAnAgencyBeforeTheDash() {
        String text = "Pension reform passes\n\nSANTIAGO — President Gabriel Boric signed the bill.\n"
                + "SAN JOSE, Calif. - A chip maker cut jobs.\n"
                + "KYIV, Dec. 18 (Reuters) — Air raid sirens sounded.\n"
                + "Lviv (AP) — Trains ran late.\n"
                + "FRANKFURT—The bank held rates.";
        assertThat(DatelinePlaces.find(text)).extracting(Span::text).containsExactly("SANTIAGO —",
                "SAN JOSE, Calif. -", "KYIV, Dec. 18 (Reuters) —", "Lviv (AP) —", "FRANKFURT—");
        int boric = text.indexOf("Boric");
        assertThat(DatelinePlaces.inside(DatelinePlaces.find(text), boric, boric + 5)).isFalse();
        int kyiv = text.indexOf("KYIV");
        assertThat(DatelinePlaces.inside(DatelinePlaces.find(text), kyiv, kyiv + 4)).isTrue();
    }

    @Test
    void aDashInsideASentenceOrATitleCasePhraseWithoutAnAgencyIsNoDateline() {
        String text = "President Boric — who took office in 2022 — signed it.\n"
                + "Santiago - the capital - was calm.\n"
                + "The minister said Santiago — not Valparaiso — would host the talks.";
        assertThat(DatelinePlaces.find(text)).isEmpty();
    }
}
