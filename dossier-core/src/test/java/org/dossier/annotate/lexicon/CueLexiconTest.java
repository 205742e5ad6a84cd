package org.dossier.annotate.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cue lexicon resource reads whole: plain and phrasal cues, their frames and kinds. */
class CueLexiconTest {

    private final CueLexicon lexicon = Lexicon.standard().cues();

    @Test
    void plainCueComesBeforeItsPhrasalForms() {
        assertThat(lexicon.entries("call")).extracting(CueLexicon.Entry::name)
                .containsExactly("call", "call for", "call on", "call upon");
        assertThat(lexicon.entries("call").get(2).takes(CueLexicon.Frame.ADDRESSEE_INFINITIVE)).isTrue();
    }

    @Test
    void framesAndKindsAreRead() {
        CueLexicon.Entry say = lexicon.entries("say").get(0);
        assertThat(say.takes(CueLexicon.Frame.CLAUSE)).isTrue();
        assertThat(say.kind()).isEqualTo(CueLexicon.Kind.SPEECH);
        CueLexicon.Entry hint = lexicon.entries("hint").get(0);
        assertThat(hint.prepositions()).containsExactly("at");
        assertThat(lexicon.entries("continue").get(0).onlyQuotations()).isTrue();
        assertThat(lexicon.entries("seem").get(0).kind()).isEqualTo(CueLexicon.Kind.APPEARANCE);
        assertThat(lexicon.entries("believe").get(0).kind()).isEqualTo(CueLexicon.Kind.THOUGHT);
    }

    @Test
    void wordsThatAreNoCuesHaveNoEntries() {
        assertThat(lexicon.isCue("visit")).isFalse();
        assertThat(lexicon.entries("visit")).isEmpty();
        assertThat(lexicon.entries("point")).extracting(CueLexicon.Entry::particle).containsExactly("out", "to");
    }

    @Test
    void nounAndAdjectiveCuesAreReadApartFromTheVerbs() {
        CueLexicon.Entry claim = lexicon.nominal("claim");
        assertThat(claim.nominal()).isTrue();
        assertThat(claim.takes(CueLexicon.Frame.CLAUSE)).isTrue();
        assertThat(lexicon.nominal("critical").prepositions()).containsExactly("of");
        assertThat(lexicon.entries("claim").get(0).nominal()).isFalse(); // the verb stays a verb
        assertThat(lexicon.nominal("say")).isNull();
        assertThat(lexicon.nominal("problem")).isNull();
    }

    @Test
    void onlySomeVerbsMakeAClaimOfAnAgentlessPassive() {
        assertThat(lexicon.entries("ask").get(0).takes(CueLexicon.Frame.AGENTLESS)).isTrue();
        assertThat(lexicon.entries("expect").get(0).takes(CueLexicon.Frame.AGENTLESS)).isFalse();
        assertThat(lexicon.entries("announce").get(0).takes(CueLexicon.Frame.AGENTLESS)).isFalse();
    }
}
