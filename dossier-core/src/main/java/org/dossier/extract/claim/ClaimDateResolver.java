package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.Occasions;
import org.dossier.model.Span;
import org.dossier.model.SpanIndex;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates attributions: when the source said it.
 *
 * <p>From the cue's own time expression ("reported on Dec. 12", "said Tuesday"), or one that governs the cue's
 * clause ("During a press briefing on Dec. 18, X reiterated …, adding that …" dates the adding; "in July 2024,
 * the alliance affirmed …"): a date or time of the sentence, outside the content, hung on the cue or on a verb
 * above it, the nearest winning. A content that is one stretch of text can take in a time expression of the cue
 * between its parts ("urged both sides last week to settle …": addressee, then the cue's "last week", then the
 * infinitive); one hung directly on the cue and standing before the content's clause still dates the saying,
 * while one inside or after that clause is the content's own ("said the strike ended Tuesday"). Failing that,
 * from the discourse: the nearest attribution before it, in the same or the previous sentence, by the same source
 * ("The president also called on …" after his dated "adding that"), unless the cue's clause names an occasion of
 * its own ("During his visit to Brussels, he said …").
 */
final class ClaimDateResolver {

    /** Relations by which a time expression modifies a verb ("obl" covers "obl:tmod"). */
    private static final Set<String> TIME_MODIFIERS = Set.of("obl", "advmod", "nmod");
    private static final Pattern CALENDAR = Pattern.compile("(\\d{4}|XXXX)(-[0-9W].*)?");

    /** The kernel's occasion nouns: "at a rally", "in an interview". */
    private final Occasions occasions;

    ClaimDateResolver(Occasions occasions) {
        this.occasions = occasions;
    }

    /** The date of each attribution of {@code ordered} (text order), {@code null} where none is known. */
    List<String> dates(List<DependencyTree> trees, List<Timex> timexes, List<Attribution> ordered) {
        List<String> out = new ArrayList<>(ordered.size());
        SpanIndex spans = new SpanIndex(timexes.stream().map(Timex::span).toList());
        for (int i = 0; i < ordered.size(); i++) {
            Attribution a = ordered.get(i);
            String own = own(trees, timexes, spans, a);
            boolean elsewhere = own == null && undatedOccasion(trees, a);
            for (int j = i - 1; own == null && !elsewhere && j >= 0
                    && ordered.get(j).sentence() >= a.sentence() - 1; j--) {
                if (sameSource(ordered.get(j), a)) {
                    own = out.get(j);
                    break;
                }
            }
            out.add(own);
        }
        return out;
    }

    private static boolean sameSource(Attribution p, Attribution a) {
        if (p.entity() != null || a.entity() != null) {
            return Objects.equals(p.entity(), a.entity());
        }
        return p.sourceSpan() != null && a.sourceSpan() != null
                && p.sourceSpan().text().equalsIgnoreCase(a.sourceSpan().text());
    }

    /**
     * Whether the cue's clause names an occasion of its own but no date for it ("During his visit to Brussels, X
     * said …"): then the date of what the source said before is no evidence for this.
     */
    private boolean undatedOccasion(List<DependencyTree> trees, Attribution a) {
        if (a.cue() == null) {
            return false;
        }
        DependencyTree t = trees.get(a.sentence());
        for (int x : path(t, a)) {
            for (int c : t.children(x, "obl")) {
                if (t.hasChildLowerWord(c, "case", "during") || occasions.isNoun(t.lowerLemma(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The cue's head and the words above it, nearest first. */
    private static List<Integer> path(DependencyTree t, Attribution a) {
        List<Integer> path = new ArrayList<>();
        int start = a.cue().isAccordingTo() ? t.head(a.cue().head()) : a.cue().head();
        for (int x = start; x >= 0 && path.size() <= t.size(); x = t.head(x)) {
            path.add(x);
        }
        return path;
    }

    /** {@code spans}: the timexes' spans by offset, to read only those of the attribution's sentence. */
    private static String own(List<DependencyTree> trees, List<Timex> timexes, SpanIndex spans, Attribution a) {
        if (a.cue() == null) {
            return null;
        }
        DependencyTree t = trees.get(a.sentence());
        List<Integer> path = path(t, a);
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int o : spans.within(t.sentence().start(), t.sentence().end())) {
            Timex x = timexes.get(o);
            Span s = x.span();
            if (s.start() < t.sentence().start() || s.end() > t.sentence().end() || !dated(x)
                    || s.overlaps(a.content()) && !beforeContentClause(t, a, s)
                    || a.sourceSpan() != null && s.overlaps(a.sourceSpan())) {
                continue;
            }
            int attached = attachment(t, s);
            int rank = attached < 0 ? -1 : path.indexOf(attached);
            if (rank >= 0 && rank < bestRank) {
                best = calendarDay(x.value());
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * Whether the time expression at {@code s}, though inside the content's span, modifies the cue itself: its
     * head hangs directly on the cue as a time modifier, after the cue, and a clause of the cue (its infinitive or
     * complement), lying in the content, only begins after it.
     */
    private static boolean beforeContentClause(DependencyTree t, Attribution a, Span s) {
        if (a.cue().isAccordingTo()) {
            return false;
        }
        int cue = a.cue().head();
        int head = head(t, s);
        if (head < 0 || t.head(head) != cue || head <= a.cue().last()
                || !TIME_MODIFIERS.contains(t.baseRelation(head))) {
            return false;
        }
        for (int c : t.children(cue)) {
            if (!t.relationIs(c, "xcomp") && !t.relationIs(c, "ccomp") && !t.relationIs(c, "advcl")) {
                continue;
            }
            int first = t.subtree(c).nextSetBit(0);
            if (t.token(first).start() >= s.end() && a.content().start() <= t.token(c).start()
                    && t.token(c).end() <= a.content().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean dated(Timex x) {
        return (x.type() == TimexType.DATE || x.type() == TimexType.TIME) && x.value() != null
                && CALENDAR.matcher(x.value()).matches();
    }

    /** A time of day says which day: "2024-12-18T10:00" gives "2024-12-18". */
    private static String calendarDay(String value) {
        int t = value.indexOf('T');
        return t > 0 ? value.substring(0, t) : value;
    }

    /**
     * The verb the time expression at {@code s} modifies: from its head token up through nouns ("a briefing on
     * Dec. 18") to the first verb; -1 when it hangs on nothing.
     */
    private static int attachment(DependencyTree t, Span s) {
        int head = head(t, s);
        if (head < 0) {
            return -1;
        }
        int x = t.head(head);
        for (int steps = 0; x >= 0 && !t.isVerb(x) && steps < t.size(); steps++) {
            if (t.relation(x).equals("root")) {
                return x;
            }
            x = t.head(x);
        }
        return x;
    }

    /** The token of the time expression at {@code s} that hangs outside it; -1 when it has none. */
    private static int head(DependencyTree t, Span s) {
        for (int i = 0; i < t.size(); i++) {
            if (t.token(i).start() < s.start() || t.token(i).end() > s.end()) {
                continue;
            }
            int g = t.head(i);
            if (g < 0 || t.token(g).start() < s.start() || t.token(g).end() > s.end()) {
                return i;
            }
        }
        return -1;
    }
}
