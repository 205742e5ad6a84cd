package org.dossier.query;

import org.dossier.model.EventFamily;
import org.dossier.model.EventType;
import org.dossier.store.Backends;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus-event views on both back-ends, over a grouping made by hand ({@link MeetingReports#group}): one row per
 * corpus event, every report side by side with who carries it, disagreements, conflicts, and the GDELT-style CSV.
 */
class CorpusEventQueriesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> backends() {
        return Backends.all();
    }

    private long meeting;
    private long quake;

    private JdbcStore store(Function<Path, StoreLocation> backend) {
        JdbcStore store = JdbcStore.open(backend.apply(dir), Clock.systemUTC());
        MeetingReports.all().forEach(store::put);
        MeetingReports.ungroup(store);
        meeting = MeetingReports.group(store, "same predicate 'meet', same participants", MeetingReports.KYIV + "#V1",
                MeetingReports.REUTERS + "#V1", MeetingReports.KREMLIN + "#V1", MeetingReports.PREVIEW + "#V1",
                MeetingReports.AP + "#V1");
        quake = MeetingReports.group(store, "founded", MeetingReports.QUAKE + "#V1");
        return store;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void timelineHasOneRowPerCorpusEventWithItsCountsAndAMarkWhereReportsDisagree(
            Function<Path, StoreLocation> backend) {
        try (JdbcStore store = store(backend)) {
            CorpusEventQueries q = new CorpusQueries(store).corpusEvents();
            List<Rows.CorpusEvent> all = q.timeline(new TimelineQuery(null, null, null, null, 100), null, null);
            assertThat(all).extracting(Rows.CorpusEvent::id).containsExactly(quake, meeting);
            Rows.CorpusEvent m = all.get(1);
            assertThat(m.type()).isEqualTo("MEETING");
            assertThat(m.day()).isEqualTo("2024-12-09");
            assertThat(m.lastDay()).isEqualTo("2024-12-12");
            assertThat(m.reports()).isEqualTo(5);
            assertThat(m.articles()).isEqualTo(5);
            assertThat(m.sources()).as("Kyiv Independent, Reuters, TASS twice, AP").isEqualTo(4);
            assertThat(m.firstReported()).isEqualTo("2024-12-05");
            assertThat(m.actors()).isEqualTo("Volodymyr Zelensky");
            assertThat(m.targets()).isEqualTo("Mark Rutte");
            assertThat(m.location()).isEqualTo("Kyiv");
            assertThat(m.disagree()).isEqualTo("date, place, factuality, since");
            assertThat(all.get(0).disagree()).isNull();

            assertThat(q.timeline(new TimelineQuery("Zelensky", null, null, null, 100), null, null))
                    .extracting(Rows.CorpusEvent::id).containsExactly(meeting);
            assertThat(q.timeline(new TimelineQuery("Nobody", null, null, null, 100), null, null)).isEmpty();
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, EventFamily.DISASTER, 100), null, null))
                    .extracting(Rows.CorpusEvent::id).containsExactly(quake);
            assertThat(q.timeline(new TimelineQuery(null, null, null, EventType.MEETING, 100), null, null))
                    .extracting(Rows.CorpusEvent::id).containsExactly(meeting);
            assertThat(q.timeline(new TimelineQuery(null, LocalDate.parse("2024-12-01"), null, null, 100), null,
                    null)).extracting(Rows.CorpusEvent::id).containsExactly(meeting);
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, 100), null, "reuters"))
                    .extracting(Rows.CorpusEvent::id).containsExactly(meeting);
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, 1), null, null)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anEventListsEveryReportWithItsSentenceCarrierAndMergeReason(Function<Path, StoreLocation> backend) {
        try (JdbcStore store = store(backend)) {
            CorpusEventQueries q = new CorpusQueries(store).corpusEvents();
            Rows.CorpusEventDetail d = q.event(meeting).orElseThrow();
            assertThat(d.reports()).extracting(Rows.Report::article).as("in publication order").containsExactly(
                    MeetingReports.PREVIEW, MeetingReports.AP, MeetingReports.KYIV, MeetingReports.REUTERS,
                    MeetingReports.KREMLIN);
            Rows.Report kyiv = d.reports().get(2);
            assertThat(kyiv.text()).isEqualTo("Volodymyr Zelensky met Mark Rutte in Kyiv on Monday.");
            assertThat(kyiv.carrier()).as("the article itself").isEqualTo("Kyiv Independent");
            assertThat(kyiv.attributed()).isFalse();
            assertThat(kyiv.place()).isEqualTo("Kyiv");
            assertThat(kyiv.placeKind()).isEqualTo("CITY");
            assertThat(kyiv.participants()).extracting(Rows.Party::name, Rows.Party::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Volodymyr Zelensky", "source"),
                            org.assertj.core.groups.Tuple.tuple("Mark Rutte", "target"));
            assertThat(kyiv.mergeReason()).isEqualTo("same predicate 'meet', same participants");
            Rows.Report reuters = d.reports().get(3);
            assertThat(reuters.carrier()).as("the claim's source").isEqualTo("officials");
            assertThat(reuters.attributed()).isTrue();
            assertThat(reuters.via()).containsExactly("officials");
            assertThat(reuters.claimCue()).isEqualTo("said");
            assertThat(reuters.factuality()).isEqualTo("reported");
            assertThat(reuters.date()).isEqualTo("2024-12-10");
            Rows.Report kremlin = d.reports().get(4);
            assertThat(kremlin.carrier()).isEqualTo("Kremlin");
            assertThat(kremlin.claimCue()).isEqualTo("denied");
            assertThat(kremlin.day()).as("undated: the day of the claim").isEqualTo("2024-12-12");

            assertThat(d.disagreements()).extracting(Rows.Disagreement::kind)
                    .containsExactly("date", "place", "factuality", "since");
            Rows.Disagreement date = d.disagreements().get(0);
            assertThat(date.sides()).extracting(Rows.Side::value).containsExactly("2024-12-09", "2024-12-10");
            assertThat(date.sides().get(0).reports()).containsExactly(MeetingReports.AP + "#V1",
                    MeetingReports.KYIV + "#V1");
            assertThat(d.disagreements().get(2).summary()).contains("denied by Kremlin (" + MeetingReports.KREMLIN);

            assertThat(q.event(quake).orElseThrow().reports()).singleElement()
                    .extracting(Rows.Report::outlet).isEqualTo("AP");
            assertThat(q.event(9999)).isEmpty();
            assertThat(q.eventOf(MeetingReports.REUTERS, "V1")).contains(meeting);
            assertThat(q.eventOf(MeetingReports.REUTERS, "V9")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void conflictsListOnlyEventsWhoseReportsContradictEachOther(Function<Path, StoreLocation> backend) {
        try (JdbcStore store = store(backend)) {
            CorpusEventQueries q = new CorpusQueries(store).corpusEvents();
            TimelineQuery any = new TimelineQuery(null, null, null, null, 100);
            assertThat(q.conflicts(any, null, null, false)).singleElement().satisfies(d -> {
                assertThat(d.event().id()).isEqualTo(meeting);
                assertThat(d.reports()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
            });
            assertThat(q.conflicts(new TimelineQuery("Izmir", null, null, null, 100), null, null, true)).isEmpty();

            // the preview and the report of the meeting alone: only a development, listed with --since
            MeetingReports.ungroup(store);
            MeetingReports.group(store, "expected, then held", MeetingReports.PREVIEW + "#V1",
                    MeetingReports.KYIV + "#V1");
            assertThat(q.conflicts(any, null, null, false)).isEmpty();
            assertThat(q.conflicts(any, null, null, true)).singleElement()
                    .satisfies(d -> assertThat(d.event().disagree()).isEqualTo("since"));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void csvHasOneEventRowWithGdeltCountsAndOneMentionRowPerReport(Function<Path, StoreLocation> backend) {
        try (JdbcStore store = store(backend)) {
            CorpusEventQueries q = new CorpusQueries(store).corpusEvents();
            List<String> events = new ArrayList<>();
            List<String> mentions = new ArrayList<>();
            assertThat(q.forEach(true, d -> {
                events.add(CorpusEventCsv.event(d));
                mentions.add(CorpusEventCsv.mentions(d));
            })).isEqualTo(2);
            assertThat(CorpusEventCsv.eventHeader()).startsWith("GLOBALEVENTID,SQLDATE,")
                    .contains("NumMentions,NumArticles,NumSources,DATEADDED,SOURCEURL");
            assertThat(events.get(0)).isEqualTo(meeting + ",20241209,20241212,MEETING,verbal-cooperation,1,04,meet,"
                    + "Volodymyr Zelensky,Mark Rutte,Kyiv,5,5,4,20241205,https://example.org/tass-1,"
                    + "\"date, place, factuality, since\"\r\n");
            assertThat(events.get(1)).startsWith(quake + ",20241103,20241103,DISASTER,disaster,,,earthquake,,,Izmir,"
                    + "1,1,1,20241103,");
            assertThat(mentions.get(0).split("\r\n")).hasSize(5);
            assertThat(mentions.get(0).split("\r\n")[3]).startsWith(meeting + ",20241210,20241211,Reuters,"
                    + "https://example.org/reuters-1,reuters-1,V1,0,met,MEETING,meet,reported,2024-12-10,Lviv,"
                    + "Zelensky (source); Rutte (target),officials,officials,false,");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theMergerGroupsAtIngestAndEveryReportIsInExactlyOneRow(Function<Path, StoreLocation> backend) {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), Clock.systemUTC())) {
            MeetingReports.all().forEach(store::put);
            CorpusEventQueries q = new CorpusQueries(store).corpusEvents();
            List<Rows.CorpusEvent> rows = q.timeline(new TimelineQuery(null, null, null, null, 100), null, null);
            List<String> keys = new ArrayList<>();
            for (Rows.CorpusEvent row : rows) {
                Rows.CorpusEventDetail d = q.event(row.id()).orElseThrow();
                assertThat(d.event()).isEqualTo(row);
                assertThat(d.reports()).hasSize(row.reports());
                assertThat(d.reports().stream().map(Rows.Report::article).distinct()).hasSize(row.articles());
                assertThat(d.reports()).allSatisfy(r -> assertThat(r.mergeReason()).isNotBlank());
                d.reports().forEach(r -> keys.add(r.key()));
            }
            assertThat(keys).as("every stored event in exactly one corpus event").doesNotHaveDuplicates()
                    .hasSize(MeetingReports.all().stream().mapToInt(r -> r.events().size()).sum());
            assertThat(rows).filteredOn(r -> r.type().equals("MEETING")).hasSizeLessThan(5);
            MeetingReports.all().forEach(store::put);
            assertThat(q.timeline(new TimelineQuery(null, null, null, null, 100), null, null))
                    .as("a re-ingest changes nothing").isEqualTo(rows);
        }
    }
}
