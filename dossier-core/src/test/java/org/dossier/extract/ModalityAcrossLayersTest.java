package org.dossier.extract;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.lexicon.Lexicon;
import org.dossier.annotate.lexicon.Modality;
import org.dossier.extract.claim.CueClaimExtractor;
import org.dossier.extract.event.RuleEventExtractor;
import org.dossier.extract.time.RuleTimexTagger;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Event;
import org.dossier.model.Factuality;
import org.dossier.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One modality reading, three layers: the kernel lexicon's reading of the word that qualifies "meet" decides, for
 * the same hand-parsed sentence, which Monday the time layer picks (a clause that looks ahead takes the coming one),
 * whether the claim layer calls the attribution hedged, and the event layer's factuality of the meeting. Every case is
 * published on Wednesday 2024-12-18: the Monday ahead is 2024-12-23, the one behind 2024-12-16.
 */
class ModalityAcrossLayersTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 12, 18);
    private static final String AHEAD = "2024-12-23";
    private static final String BEHIND = "2024-12-16";

    /** What the three layers made of one sentence. */
    record Reading(String monday, boolean hedged, Factuality meeting) {
    }

    /** "Officials said the leaders are VERBED to meet Monday." with the governor {@code word/VBN/lemma}. */
    private static AnnotatedArticle passiveGovernor(String word, String lemma) {
        return HandParsedSentence.of("Officials/NNS/official said/VBD/say the/DT leaders/NNS/leader are/VBP/be "
                        + word + "/VBN/" + lemma + " to/TO meet/VB Monday/NNP/Monday/DATE ./.",
                "root ROOT said; nsubj said Officials; ccomp said " + word + "; det leaders the; nsubj:pass " + word
                        + " leaders; aux:pass " + word + " are; xcomp " + word + " meet; mark meet to; obl:tmod meet"
                        + " Monday; punct said .");
    }

    /** "Officials said the leaders AUX meet Monday." */
    private static AnnotatedArticle modal(String aux) {
        return HandParsedSentence.of("Officials/NNS/official said/VBD/say the/DT leaders/NNS/leader " + aux + "/MD/"
                        + aux + " meet/VB Monday/NNP/Monday/DATE ./.",
                "root ROOT said; nsubj said Officials; ccomp said meet; det leaders the; nsubj meet leaders; aux meet "
                        + aux + "; obl:tmod meet Monday; punct said .");
    }

    /** "Officials said the leaders VERBED to meet Monday." with an active governor. */
    private static AnnotatedArticle activeGovernor(String word, String pos, String lemma) {
        return HandParsedSentence.of("Officials/NNS/official said/VBD/say the/DT leaders/NNS/leader " + word + "/"
                        + pos + "/" + lemma + " to/TO meet/VB Monday/NNP/Monday/DATE ./.",
                "root ROOT said; nsubj said Officials; ccomp said " + word + "; det leaders the; nsubj " + word
                        + " leaders; xcomp " + word + " meet; mark meet to; obl:tmod meet Monday; punct said .");
    }

    /** "Officials said the leaders are likely to meet Monday." */
    private static AnnotatedArticle likely() {
        return HandParsedSentence.of("Officials/NNS/official said/VBD/say the/DT leaders/NNS/leader are/VBP/be "
                        + "likely/JJ/likely to/TO meet/VB Monday/NNP/Monday/DATE ./.",
                "root ROOT said; nsubj said Officials; ccomp said likely; det leaders the; nsubj likely leaders; cop"
                        + " likely are; xcomp likely meet; mark meet to; obl:tmod meet Monday; punct said .");
    }

    /** "Officials said the leaders ADVERB met Monday." */
    private static AnnotatedArticle adverb(String adverb) {
        return HandParsedSentence.of("Officials/NNS/official said/VBD/say the/DT leaders/NNS/leader " + adverb
                        + "/RB/" + adverb + " met/VBD/meet Monday/NNP/Monday/DATE ./.",
                "root ROOT said; nsubj said Officials; ccomp said met; det leaders the; nsubj met leaders; advmod met "
                        + adverb + "; obl:tmod met Monday; punct said .");
    }

    private static Reading read(Lexicon lexicon, AnnotatedArticle a) {
        Article article = new Article("t", null, "Test", null, WEDNESDAY.toString(), "en", a.text(), "test");
        List<Timex> timexes = new RuleTimexTagger(lexicon).tag(a, Optional.of(WEDNESDAY));
        List<Claim> claims = new CueClaimExtractor(lexicon).extract(a, List.of(), timexes);
        List<Event> events = new RuleEventExtractor(lexicon).extract(a, article, List.of(), timexes, claims);
        String monday = timexes.stream().filter(t -> t.span().text().equals("Monday")).map(Timex::value)
                .findFirst().orElseThrow(() -> new AssertionError("no timex 'Monday' in " + timexes));
        Claim claim = claims.stream().filter(c -> c.cue() != null && c.cue().text().equals("said")).findFirst()
                .orElseThrow(() -> new AssertionError("no claim cued by 'said' in " + claims));
        Event meeting = events.stream().filter(e -> e.trigger().text().matches("meet|met")).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting among " + events));
        return new Reading(monday, claim.hedged(), meeting.factuality());
    }

    private static Reading read(AnnotatedArticle a) {
        return read(Lexicon.standard(), a);
    }

    /** What the kernel's reading {@code m} of the qualifying word predicts for each layer. */
    private static Reading predicted(Modality m, Factuality factuality) {
        return new Reading(m.looksAhead() ? AHEAD : BEHIND, m.hedges(), factuality);
    }

    private static Modality governor(String lemma) {
        return Lexicon.standard().modality().governor(lemma).stream().filter(Modality::looksAhead).findFirst()
                .orElseGet(() -> Lexicon.standard().modality().governor(lemma).iterator().next());
    }

    @Test
    void slatedPoisedScheduledAndExpectedToMeetMondayAllLookAheadAndAreExpected() {
        for (String[] g : new String[][]{{"expected", "expect"}, {"slated", "slate"}, {"poised", "poise"},
                {"scheduled", "schedule"}}) {
            Reading r = read(passiveGovernor(g[0], g[1]));
            assertThat(governor(g[1])).as(g[0]).isEqualTo(Modality.PREDICTION);
            assertThat(r.monday()).as(g[0] + " to meet Monday").isEqualTo(AHEAD);
            assertThat(r.meeting()).as(g[0] + " to meet").isEqualTo(Factuality.EXPECTED);
        }
        // "is expected to" is also a passive report frame ("it is expected that ..."): the claim is hedged; a
        // timetable ("slated", "scheduled", "poised") is not somebody's belief and hedges nothing
        assertThat(read(passiveGovernor("expected", "expect")).hedged()).isTrue();
        assertThat(read(passiveGovernor("slated", "slate")).hedged()).isFalse();
        assertThat(read(passiveGovernor("poised", "poise")).hedged()).isFalse();
        assertThat(read(passiveGovernor("scheduled", "schedule")).hedged()).isFalse();
    }

    @Test
    void mayAndCouldLookAheadHedgeTheClaimAndMakeTheMeetingHypothetical() {
        for (String aux : List.of("may", "could", "might")) {
            Modality m = Lexicon.standard().modality().auxiliary(aux);
            assertThat(m).isEqualTo(Modality.POSSIBILITY);
            assertThat(read(modal(aux))).as(aux).isEqualTo(predicted(m, Factuality.HYPOTHETICAL))
                    .isEqualTo(new Reading(AHEAD, true, Factuality.HYPOTHETICAL));
        }
    }

    @Test
    void willLooksAheadWithoutHedgeAndTheMeetingIsExpected() {
        Modality m = Lexicon.standard().modality().auxiliary("will");
        assertThat(read(modal("will"))).isEqualTo(predicted(m, Factuality.EXPECTED))
                .isEqualTo(new Reading(AHEAD, false, Factuality.EXPECTED));
    }

    @Test
    void isLikelyToMeetLooksAheadAndIsExpectedWithoutHedge() {
        assertThat(read(likely())).isEqualTo(predicted(governor("likely"), Factuality.EXPECTED))
                .isEqualTo(new Reading(AHEAD, false, Factuality.EXPECTED));
    }

    @Test
    void plansToMeetLooksAheadAndIsOnlyIntended() {
        assertThat(read(activeGovernor("plan", "VBP", "plan"))).isEqualTo(predicted(governor("plan"),
                Factuality.HYPOTHETICAL)).isEqualTo(new Reading(AHEAD, false, Factuality.HYPOTHETICAL));
    }

    @Test
    void refusedToMeetLooksBackAndTheMeetingDidNotHappen() {
        assertThat(governor("refuse")).isEqualTo(Modality.FAILURE);
        assertThat(read(activeGovernor("refused", "VBD", "refuse"))).isEqualTo(predicted(Modality.FAILURE,
                Factuality.NEGATED)).isEqualTo(new Reading(BEHIND, false, Factuality.NEGATED));
    }

    @Test
    void reportedlyMetLooksBackHedgesTheClaimAndTheMeetingIsReported() {
        Modality m = Lexicon.standard().modality().adverb("reportedly");
        assertThat(m).isEqualTo(Modality.HEDGE);
        assertThat(read(adverb("reportedly"))).isEqualTo(predicted(m, Factuality.REPORTED))
                .isEqualTo(new Reading(BEHIND, true, Factuality.REPORTED));
    }

    @Test
    void possiblyMetLooksBackHedgesTheClaimAndTheMeetingIsHypothetical() {
        Modality m = Lexicon.standard().modality().adverb("possibly");
        assertThat(m).isEqualTo(Modality.UNCERTAINTY);
        assertThat(read(adverb("possibly"))).isEqualTo(predicted(m, Factuality.HYPOTHETICAL))
                .isEqualTo(new Reading(BEHIND, true, Factuality.HYPOTHETICAL));
    }

    @Test
    void aWordAddedToTheKernelLexiconChangesTimeClaimsAndEventsTogether(@TempDir Path dir) throws IOException {
        AnnotatedArticle tipped = passiveGovernor("tipped", "tip");
        Reading before = read(tipped);
        assertThat(before.monday()).isEqualTo(BEHIND);
        assertThat(before.hedged()).isFalse();
        assertThat(before.meeting()).isEqualTo(Factuality.HYPOTHETICAL);

        try (InputStream in = Lexicon.class.getResourceAsStream("modality.tsv")) {
            Files.copy(in, dir.resolve("modality.tsv"));
        }
        Files.writeString(dir.resolve("modality.tsv"), "tip\tgovernor\tprediction, report\n",
                StandardOpenOption.APPEND);
        Reading after = read(Lexicon.overriding(dir), tipped);

        assertThat(after).isEqualTo(new Reading(AHEAD, true, Factuality.EXPECTED));
    }
}
