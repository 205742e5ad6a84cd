package org.dossier.merge;

import org.dossier.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The event merger's decisions and the predicate keys it finds candidates under, on cases of our own. */
class EventMergerTest {

    private final EventLexicon lexicon = EventLexicon.standard();
    private final EventMerger merger = new EventMerger();

    @Test
    void wordsForOneHappeningShareAKey() {
        assertThat(lexicon.predicateKey("quake")).isEqualTo(lexicon.predicateKey("earthquake"));
        assertThat(lexicon.predicateKey("talks")).isEqualTo(lexicon.predicateKey("meeting"))
                .isEqualTo(lexicon.predicateKey("meet"));
        assertThat(lexicon.predicateKey("killings")).isEqualTo(lexicon.predicateKey("kill"))
                .isEqualTo(lexicon.predicateKey("die"));
        assertThat(lexicon.predicateKey("Oscars")).isEqualTo(lexicon.predicateKey("oscar"));
        assertThat(lexicon.predicateKey("driving")).isEqualTo("drive");
        assertThat(lexicon.predicateKey("shopping")).isEqualTo("shop");
        assertThat(lexicon.predicateKey("hit-and-run")).isEqualTo(lexicon.predicateKey("hit"));
        assertThat(lexicon.predicateKey("died")).as("a past form, where no lemma was given").isEqualTo("die");
        assertThat(lexicon.predicateKey("arrested")).isEqualTo(lexicon.predicateKey("capture"));
        assertThat(lexicon.predicateKey("walked")).as("no listed base: the regular past form's base").isEqualTo("walk");
        assertThat(lexicon.predicateKey("attack")).isNotEqualTo(lexicon.predicateKey("arrest"));
    }

    @Test
    void datesConflictOnlyBeyondTheirGranularity() {
        assertThat(EventMerger.dateConflict("2008-12-07", "2008-12-06")).as("Dec. 7 and a Saturday, Dec. 6").isNull();
        assertThat(EventMerger.dateConflict("2008-12", "2008-12-07")).as("a month holds its days").isNull();
        assertThat(EventMerger.dateConflict("XXXX-12-07", "2008-12-07")).as("an unknown year").isNull();
        assertThat(EventMerger.dateConflict("2008-12-31", "2009-01-01")).as("New Year's Eve and Day").isNull();
        assertThat(EventMerger.dateConflict("2008-W49", "2008-12-07")).as("a week is no day").isNull();
        assertThat(EventMerger.dateConflict("2008-12-07", "2009-12-07")).isEqualTo("another year");
        assertThat(EventMerger.dateConflict("2008-11-07", "2008-12-07")).isEqualTo("another month");
        assertThat(EventMerger.dateConflict("2008-12-01", "2008-12-17")).isEqualTo("days apart");
    }

    private static EventReport report(String predicate, Set<Long> participants, Long place, String date) {
        return new EventReport(EventType.MEETING, predicate, EventLexicon.standard().predicateKey(predicate),
                participants, place, date, "asserted");
    }

    private static EventCandidate candidate(long id, double closeness, Set<Long> participants, Set<Long> places,
                                            Set<String> dates, boolean sameArticle) {
        return new EventCandidate(id, EventType.MEETING, "meet", 2, participants, places, dates, closeness, closeness,
                sameArticle);
    }

    @Test
    void aReportJoinsTheMeetingOfACloseArticleAndSaysWhy() {
        MergeDecision d = merger.decide(report("talk", Set.of(1L, 2L), 9L, "2024-12-07"),
                List.of(candidate(7, 0.4, Set.of(1L, 2L), Set.of(9L), Set.of("2024-12-07"), false)));
        assertThat(d.joins()).isTrue();
        assertThat(d.target()).isEqualTo(7L);
        assertThat(d.reason()).isEqualTo("joined #7 'meet': predicate 'talk' names the same happening as 'meet', "
                + "articles close as a whole (0.40), 2 shared participants, same place, same date 2024-12-07");
    }

    @Test
    void farArticlesAnotherDateOrAnotherPlaceKeepReportsApart() {
        MergeDecision far = merger.decide(report("meet", Set.of(), null, null),
                List.of(candidate(7, 0.02, Set.of(1L), Set.of(), Set.of(), false)));
        assertThat(far.joins()).isFalse();
        assertThat(far.reason()).contains("too far from this one (closeness 0.02, nothing shared)");
        MergeDecision later = merger.decide(report("meet", Set.of(1L), null, "2025-12-07"),
                List.of(candidate(7, 0.9, Set.of(1L), Set.of(), Set.of("2024-12-07"), true)));
        assertThat(later.joins()).as("even in one article, a year apart is two meetings").isFalse();
        assertThat(later.reason()).contains("#7 happened 2024-12-07, this 2025-12-07 (another year)");
        MergeDecision elsewhere = merger.decide(report("meet", Set.of(), 4L, null),
                List.of(candidate(7, 0.15, Set.of(), Set.of(5L), Set.of(), false)));
        assertThat(elsewhere.joins()).isFalse();
        assertThat(elsewhere.reason()).contains("it happened elsewhere");
        assertThat(merger.decide(report("meet", Set.of(), null, null), List.of()).reason())
                .isEqualTo("new event 'meet' (MEETING): no close article reports an event under 'meeting'");
    }

    @Test
    void theSameArticleAlwaysQualifiesAndTheBestCandidateWins() {
        MergeDecision d = merger.decide(report("meeting", Set.of(), null, null),
                List.of(candidate(3, 0.2, Set.of(), Set.of(), Set.of(), false),
                        candidate(8, 1.0, Set.of(), Set.of(), Set.of(), true)));
        assertThat(d.target()).isEqualTo(8L);
        assertThat(d.reason()).contains("reported earlier in this article");
        assertThat(merger.alsoTheSame(report("meeting", Set.of(), null, null),
                List.of(candidate(3, 0.3, Set.of(), Set.of(), Set.of(), false),
                        candidate(5, 0.1, Set.of(), Set.of(), Set.of(), false),
                        candidate(8, 1.0, Set.of(), Set.of(), Set.of(), true)), 8L))
                .as("#3's article is close enough to make it the same; #5's is not").containsExactly(3L);
    }

    @Test
    void regularPastFormsAndNewsSynonymsFindTheirLemmasKey() {
        assertThat(lexicon.predicateKey("turned")).as("an unlisted verb's past form: its lemma").isEqualTo("turn");
        assertThat(lexicon.predicateKey("stopped")).isEqualTo(lexicon.predicateKey("stop"));
        assertThat(lexicon.predicateKey("carried")).isEqualTo("carry");
        assertThat(lexicon.predicateKey("believed")).isEqualTo("believe");
        assertThat(lexicon.predicateKey("rolled")).as("a double l stays").isEqualTo("roll");
        assertThat(lexicon.predicateKey("speed")).as("not a past form").isEqualTo("speed");
        assertThat(lexicon.predicateKey("heist")).isEqualTo(lexicon.predicateKey("robbery"))
                .isEqualTo(lexicon.predicateKey("stolen")).isEqualTo(lexicon.predicateKey("theft"));
        assertThat(lexicon.predicateKey("said")).as("an irregular past form, listed").isEqualTo("say");
        assertThat(lexicon.predicateKey("succumbed")).isEqualTo(lexicon.predicateKey("died"));
        assertThat(lexicon.predicateKey("outage")).isEqualTo(lexicon.predicateKey("disruption"));
        assertThat(lexicon.predicateKey("fled")).isEqualTo(lexicon.predicateKey("escape"));
        assertThat(lexicon.predicateKey("repair")).isNotEqualTo(lexicon.predicateKey("destroy"));
    }

    @Test
    void aStatementIsTheSameOnlyWithTheSameSpeaker() {
        EventReport said = new EventReport(EventType.STATEMENT, "say", lexicon.predicateKey("said"), Set.of(4L), null,
                null, "asserted");
        EventCandidate policeSaid = new EventCandidate(7, EventType.STATEMENT, "say", 1, Set.of(5L), Set.of(),
                Set.of(), 0.6, 0.6, false);
        MergeDecision apart = merger.decide(said, List.of(policeSaid));
        assertThat(apart.joins()).as("close articles, but another speaker").isFalse();
        assertThat(apart.reason()).contains("#7 is another statement: 'say' tells of saying, and the two name no "
                + "speaker in common");
        EventCandidate inThisArticle = new EventCandidate(8, EventType.STATEMENT, "say", 1, Set.of(), Set.of(),
                Set.of(), 1.0, 0, true);
        assertThat(merger.decide(said, List.of(inThisArticle)).joins()).as("a second 'said' in one article")
                .isFalse();
        EventCandidate sameSpeaker = new EventCandidate(9, EventType.STATEMENT, "say", 1, Set.of(4L), Set.of(),
                Set.of(), 0.6, 0.6, false);
        MergeDecision joined = merger.decide(said, List.of(policeSaid, sameSpeaker));
        assertThat(joined.target()).isEqualTo(9L);
        assertThat(joined.reason()).contains("1 shared participant");
        EventReport met = new EventReport(EventType.MEETING, "meet", lexicon.predicateKey("meet"), Set.of(), null, null,
                "asserted");
        assertThat(merger.decide(met, List.of(new EventCandidate(3, EventType.MEETING, "meet", 1, Set.of(5L), Set.of(),
                Set.of(), 0.6, 0.6, false))).joins()).as("a happening needs no shared participant").isTrue();
    }

    @Test
    void aLightPredicateFromAnotherArticleNeedsASharedParticipantOrPlace() {
        // "Firefighters took the injured to hospital" in one article, "Police took two suspects into custody" in a
        // close one: "take" tells nothing of which happening either report is.
        EventReport took = new EventReport(EventType.OTHER, "take", lexicon.predicateKey("take"), Set.of(4L), null,
                null, "asserted");
        EventCandidate policeTook = new EventCandidate(7, EventType.OTHER, "take", 1, Set.of(5L), Set.of(), Set.of(),
                0.6, 0.6, false);
        MergeDecision apart = merger.decide(took, List.of(policeTook));
        assertThat(apart.joins()).as("close articles, but nobody in common").isFalse();
        assertThat(apart.reason()).contains("#7 is reported by another article, and 'take' names no happening by "
                + "itself: the two share no participant or place");
        assertThat(merger.alsoTheSame(took, List.of(policeTook), 99L)).as("nor does it bridge two corpus events")
                .isEmpty();
        EventReport security = new EventReport(EventType.OTHER, "security", lexicon.predicateKey("security"),
                Set.of(), null, null, "asserted");
        assertThat(merger.decide(security, List.of(new EventCandidate(8, EventType.OTHER, "security", 1, Set.of(),
                Set.of(), Set.of(), 0.9, 0.9, false))).joins()).as("a generic noun in two articles").isFalse();
        EventCandidate sameArticle = new EventCandidate(9, EventType.OTHER, "security", 1, Set.of(), Set.of(),
                Set.of(), 1.0, 0, true);
        assertThat(merger.decide(security, List.of(sameArticle)).joins()).as("within one article, as any word")
                .isTrue();
        EventCandidate samePeople = new EventCandidate(10, EventType.OTHER, "take", 1, Set.of(4L), Set.of(), Set.of(),
                0.6, 0.6, false);
        MergeDecision joined = merger.decide(took, List.of(policeTook, samePeople));
        assertThat(joined.target()).isEqualTo(10L);
        assertThat(joined.reason()).contains("1 shared participant");
        EventCandidate samePlace = new EventCandidate(11, EventType.OTHER, "take", 1, Set.of(), Set.of(3L), Set.of(),
                0.6, 0.6, false);
        assertThat(merger.decide(new EventReport(EventType.OTHER, "take", "take", Set.of(), 3L, null, "asserted"),
                List.of(samePlace)).joins()).as("the same place").isTrue();
        assertThat(lexicon.light(lexicon.predicateKey("quake"))).as("a happening is no light word").isFalse();
        assertThat(lexicon.light(lexicon.predicateKey("making"))).isTrue();
        assertThat(lexicon.predicateKey("made")).as("an irregular past form, as its base").isEqualTo("make");
        assertThat(lexicon.light(lexicon.predicateKey("went"))).isTrue();
    }
}
