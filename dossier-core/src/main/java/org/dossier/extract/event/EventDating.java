package org.dossier.extract.event;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.Occasions;
import org.dossier.extract.event.RuleEventExtractor.DraftEvent;
import org.dossier.model.Article;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.SpanIndex;
import org.dossier.model.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dates events, and lets related events of a sentence share what one of them says. In order:
 * <ol>
 *   <li>the timex attached to the trigger ("visited Brussels on Dec. 18", "his Dec. 7 meeting"), or for an event
 *       noun, to the verb it is the subject of ("the summit runs on May 5-6");</li>
 *   <li>the date of its occasion ("during a press briefing on Dec. 18", "during his Dec. 7 meeting");</li>
 *   <li>for a past event, the past date an infinitive it governs carries ("submitted its application to join NATO
 *       in September 2022", where the parser hangs the date on "join");</li>
 *   <li>an event noun takes the date, place and source of the event it serves ("visited Brussels on Dec. 18 for
 *       talks with Rutte"), the date of the event it is the object of;</li>
 *   <li>an anaphoric duration ("over the two days") takes the last date named before it;</li>
 *   <li>a sentence with no time of its own whose main event continues the previous sentence's occasion ("also",
 *       or the same actor in the simple past) takes that occasion's date.</li>
 * </ol>
 * Else the event has no date: never the day the program runs.
 */
final class EventDating {

    /** Prepositions by which an event noun is what its governing event is for: "visited Brussels for talks". */
    private static final java.util.Set<String> PURPOSE = java.util.Set.of("for", "to", "into");

    private final EventLexicon lexicon;
    /** The kernel's occasion prepositions ("during", "at"). */
    private final Occasions occasions;
    private final ParticipantFinder participants;
    private final EntityIndex entities;
    private final List<Timex> timexes;
    /** The timexes that date something ({@link TimexAnchors#dateOf}), in order, and their spans by offset. */
    private final List<Timex> dated;
    private final SpanIndex datedTimexes;
    private final Optional<LocalDate> anchor;

    EventDating(EventLexicon lexicon, Occasions occasions, ParticipantFinder participants, EntityIndex entities,
                List<Timex> timexes, Article article) {
        this.lexicon = lexicon;
        this.occasions = occasions;
        this.participants = participants;
        this.entities = entities;
        this.timexes = timexes;
        this.dated = timexes.stream().filter(y -> TimexAnchors.dateOf(y) != null).toList();
        this.datedTimexes = new SpanIndex(dated.stream().map(Timex::span).toList());
        this.anchor = article.anchor();
    }

    void date(List<DependencyTree> sentences, List<TimexAnchors> anchors, List<List<DraftEvent>> events) {
        DraftEvent previousMain = null;
        java.util.Map<String, DraftEvent> named = new java.util.HashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            DependencyTree s = sentences.get(k);
            TimexAnchors a = anchors.get(k);
            List<DraftEvent> here = events.get(k);
            for (DraftEvent d : here) {
                Timex t = attached(s, a, d.t);
                if (t == null) {
                    t = occasionDate(s, a, d.t);
                }
                if (t == null && !d.t.nominal()) {
                    t = fromInfinitive(s, a, d.t);
                }
                if (t == null && !d.t.nominal()) {
                    t = fromGerund(s, a, d.t);
                }
                if (t != null) {
                    set(d, t);
                }
            }
            shareWithinSentence(s, here);
            for (DraftEvent d : here) {
                if (d.date == null) {
                    Timex t = anaphoricDuration(s, a, d.t);
                    if (t != null) {
                        set(d, t);
                    }
                }
            }
            DraftEvent main = main(s, here);
            if (main != null && main.date == null && previousMain != null && previousMain.date != null
                    && continues(s, a, main, previousMain)) {
                main.date = previousMain.date;
                main.timex = previousMain.timex;
                shareWithinSentence(s, here);
            }
            previousMain = main;
            for (DraftEvent d : here) {
                if (d.date == null && d.t.nominal() && definiteMention(s, d.t.head())) {
                    DraftEvent earlier = named.get(d.t.predicate());
                    if (earlier == null && d.t.type() == EventType.DISASTER) {
                        earlier = named.get(DISASTER_KEY);
                    }
                    if (earlier != null) {
                        d.date = earlier.date; // "The quake struck on Monday. ... The quake destroyed the port"
                        d.timex = earlier.timex;
                    }
                }
            }
            for (DraftEvent d : here) {
                if (d.date != null && d.t.nominal() && d.factuality == Factuality.ASSERTED) {
                    named.put(d.t.predicate(), d);
                    if (d.t.type() == EventType.DISASTER) {
                        named.put(DISASTER_KEY, d);
                    }
                }
            }
        }
    }

    private static final String DISASTER_KEY = " disaster";
    /**
     * An event noun that names again an occurrence the article has already named: with "the", "this" or "that" and
     * no modifier that makes it another one ("the previous quake") or a date of its own.
     */
    private boolean definiteMention(DependencyTree s, int n) {
        boolean definite = false;
        for (var d : s.childArcs(n)) {
            String w = s.lowerWord(d.dependent());
            if (d.relation().equals("det") && java.util.Set.of("the", "this", "that").contains(w)) {
                definite = true;
            }
            if ((d.relation().equals("amod") || d.relation().equals("nummod") || d.relation().equals("det"))
                    && lexicon.is("another-occurrence", w)) {
                return false;
            }
        }
        return definite && !s.pos(n).endsWith("S");
    }

    private static void set(DraftEvent d, Timex t) {
        d.date = TimexAnchors.dateOf(t);
        d.timex = t.id();
    }

    private Timex attached(DependencyTree s, TimexAnchors a, Trigger t) {
        Timex x = a.dateAt(t.head());
        if (x == null) {
            x = a.dateAt(t.clause());
        }
        int g = s.head(t.head());
        if (x == null && t.nominal() && DependencyTree.isRelation(s.relation(t.head()), "nsubj") && g >= 0
                && lexicon.verb(s.lowerLemma(g)).isEmpty()) {
            x = a.dateAt(g); // "the summit runs on May 5-6", "the talks ended on Friday"
        }
        return x;
    }

    /** "during a press briefing on Dec. 18": the date of a prepositional occasion. */
    private Timex occasionDate(DependencyTree s, TimexAnchors a, Trigger t) {
        for (int n : new int[]{t.clause(), t.head()}) {
            for (var d : s.childArcs(n)) {
                String r = d.relation();
                if ((DependencyTree.isRelation(r, "obl") || DependencyTree.isRelation(r, "nmod"))
                        && isOccasion(s.lowerMarker(d.dependent()))) {
                    Timex x = a.dateAt(d.dependent());
                    if (x != null) {
                        return x;
                    }
                }
            }
        }
        return null;
    }

    private boolean isOccasion(String marker) {
        return occasions.isPreposition(marker);
    }

    /** "submitted its application to join NATO in September 2022": a past date on the infinitive dates the act. */
    private Timex fromInfinitive(DependencyTree s, TimexAnchors a, Trigger t) {
        if (!s.pos(t.clause()).equals("VBD")) {
            return null;
        }
        for (var d : s.childArcs(t.clause())) {
            int c = d.dependent();
            if ((d.relation().equals("xcomp") || d.relation().equals("advcl")) && s.isInfinitive(c)) {
                Timex x = a.dateAt(c);
                if (x != null && isPast(TimexAnchors.dateOf(x))) {
                    return x;
                }
            }
        }
        return null;
    }

    /**
     * "was pulled over for speeding early Sunday": the parse hangs the date on the gerund that says what the event
     * was for or in the course of; both happened then.
     */
    private static Timex fromGerund(DependencyTree s, TimexAnchors a, Trigger t) {
        for (var d : s.childArcs(t.clause())) {
            int c = d.dependent();
            if ((DependencyTree.isRelation(d.relation(), "obl") || d.relation().equals("advcl"))
                    && s.pos(c).equals("VBG") && GERUND_MARKERS.contains(s.lowerMarker(c))) {
                Timex x = a.dateAt(c);
                if (x != null) {
                    return x;
                }
            }
        }
        return null;
    }

    private static final java.util.Set<String> GERUND_MARKERS = java.util.Set.of("for", "while", "during", "by", "in");

    private boolean isPast(String value) {
        if (anchor.isEmpty() || value == null || !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
            return false;
        }
        String day = anchor.get().toString();
        String v = value.length() > 10 ? value.substring(0, 10) : value;
        return v.compareTo(day.substring(0, v.length())) <= 0;
    }

    /**
     * Related events of one sentence share what they lack: an event noun governed by an event takes its date, place
     * and source ("visited Brussels on Dec. 18 for talks"); an event whose occasion is an event noun takes that
     * noun's date and place ("during his visit to Brussels, Zelensky said").
     */
    private void shareWithinSentence(DependencyTree s, List<DraftEvent> here) {
        for (int round = 0; round < 2; round++) {
            for (DraftEvent d : here) {
                if (d.t.nominal()) {
                    DraftEvent same = sameHappening(s, here, d);
                    if (same != null) {
                        inherit(d, same, false, false);
                        inherit(same, d, false, false);
                    }
                    DraftEvent g = governing(s, here, d);
                    if (g != null) {
                        boolean purpose = DependencyTree.isRelation(s.relation(d.t.head()), "obl");
                        inherit(d, g, purpose, purpose);
                    }
                }
                for (DraftEvent o : here) {
                    if (o != d && o.t.nominal() && s.head(o.t.head()) == d.t.clause()
                            && isOccasion(s.lowerMarker(o.t.head()))) {
                        inherit(d, o, true, false);
                    }
                }
            }
        }
    }

    /**
     * The verb that tells of the same happening as an event noun: the noun is its subject (or the noun its relative
     * clause modifies) and the verb is of the same type ("the 6.1-magnitude quake struck on Monday", "the trial,
     * which opened on Monday") or what the noun's happening did to people at that moment ("the quake killed 30").
     */
    private static DraftEvent sameHappening(DependencyTree s, List<DraftEvent> here, DraftEvent d) {
        int n = d.t.head();
        String r = s.relation(n);
        int g = s.head(n);
        for (DraftEvent o : here) {
            if (o == d || o.t.nominal()) {
                continue;
            }
            int v = o.t.clause();
            boolean subject = r.equals("nsubj") && g == v;
            boolean relative = s.relation(v).startsWith("acl") && s.head(v) == n;
            if (!subject && !relative) {
                continue;
            }
            EventType a = d.t.type();
            EventType b = o.t.type();
            boolean consequence = (b == EventType.DEATH || b == EventType.INJURY)
                    && (a == EventType.DISASTER || a == EventType.ACCIDENT || a == EventType.ATTACK);
            if (a == b || consequence) {
                return o;
            }
        }
        return null;
    }

    private static DraftEvent governing(DependencyTree s, List<DraftEvent> here, DraftEvent d) {
        int g = s.head(d.t.head());
        String r = s.relation(d.t.head());
        boolean purpose = DependencyTree.isRelation(r, "obl") && PURPOSE.contains(s.lowerMarker(d.t.head()));
        if (g < 0 || !(purpose || DependencyTree.isRelation(r, "obj"))) {
            return null;
        }
        for (DraftEvent o : here) {
            if (o != d && o.t.covers(g)) {
                return o;
            }
        }
        return null;
    }

    private static void inherit(DraftEvent d, DraftEvent from, boolean location, boolean source) {
        if (d.date == null && from.date != null) {
            d.date = from.date;
            d.timex = from.timex;
        }
        if (location && d.location == null && from.location != null) {
            d.location = from.location;
        }
        if (source && d.sources().isEmpty() && !from.sources().isEmpty()) {
            List<Participant> ps = new ArrayList<>();
            from.sources().forEach(e -> ps.add(new Participant(e, ParticipantFinder.SOURCE)));
            d.participants.stream().filter(p -> !from.sources().contains(p.entity())).forEach(ps::add);
            d.participants = ps;
        }
    }

    /** "Over the two days, Zelensky is expected to meet ...": the last date named before the duration. */
    private Timex anaphoricDuration(DependencyTree s, TimexAnchors a, Trigger t) {
        for (int n = t.clause(), steps = 0; n >= 0 && steps < 4; n = s.head(n), steps++) {
            for (Timex x : a.at(n)) {
                if (TimexAnchors.isAnaphoricDuration(x)) {
                    int last = datedTimexes.lastEndingBy(x.span().start());
                    return last < 0 ? null : dated.get(last);
                }
            }
            String r = s.relation(n);
            if (!(r.equals("xcomp") || r.equals("conj") || r.equals("ccomp"))) {
                break;
            }
        }
        return null;
    }

    /** The sentence's main event: the one whose verb is the root of the sentence. */
    private static DraftEvent main(DependencyTree s, List<DraftEvent> here) {
        for (DraftEvent d : here) {
            if (!d.t.nominal() && s.relation(d.t.clause()).equals("root")) {
                return d;
            }
        }
        return null;
    }

    /**
     * The sentence carries on the previous one's occasion: it names no time or occasion of its own, its main event
     * is asserted in the simple past, and it says so ("also") or has the same actor.
     */
    private boolean continues(DependencyTree s, TimexAnchors a, DraftEvent main, DraftEvent previous) {
        int v = main.t.clause();
        if (a.hasAny() || main.factuality != Factuality.ASSERTED || !(s.pos(v).equals("VBD") || s.pos(v).equals("VBN"))) {
            return false;
        }
        for (var d : s.childArcs(v)) {
            String r = d.relation();
            if (r.startsWith("aux")) {
                return false;
            }
            if (DependencyTree.isRelation(r, "obl") && (isOccasion(s.lowerMarker(d.dependent()))
                    || lexicon.is("time-preposition", s.lowerMarker(d.dependent())))
                    && entities.at(s, d.dependent()) == null) {
                return false;
            }
        }
        boolean also = s.children(v, "advmod").stream().anyMatch(c -> lexicon.is("continuation", s.lowerWord(c)));
        List<String> mine = main.sources();
        boolean sameActor = !mine.isEmpty() && previous.sources().stream().anyMatch(mine::contains);
        if (also) {
            boolean unresolvedPronounOrDescription = mine.isEmpty() && participants.subjects(s, v).stream()
                    .anyMatch(i -> !s.pos(i).startsWith("NNP"));
            return sameActor || unresolvedPronounOrDescription;
        }
        return sameActor;
    }
}
