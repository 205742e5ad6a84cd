package org.dossier.extract.event;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.Token;
import org.dossier.model.SpanIndex;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the timexes of a sentence hang in its dependency tree: each timex is attached to the head of its own head
 * token ("visited ... on Dec. 18" → "visited"; "his Dec. 7 meeting" → "meeting").
 */
final class TimexAnchors {

    private final Map<Integer, List<Timex>> byGovernor = new HashMap<>();
    private final List<Timex> inSentence = new ArrayList<>();

    /**
     * The anchors of {@code timexes} in {@code s}; {@code spans}, the timexes' spans by offset (built once per
     * article), gives those that can have a token of the sentence, so that a sentence reads its own timexes only.
     */
    TimexAnchors(DependencyTree s, List<Timex> timexes, SpanIndex spans) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (int i = 0; i < s.size(); i++) {
            from = Math.min(from, s.token(i).start());
            to = Math.max(to, s.token(i).end());
        }
        int[] near = s.size() == 0 ? new int[0] : spans.overlapping(from - 1, to + 1); // holds every timex with a token here
        for (int o : near) {
            Timex t = timexes.get(o);
            int head = -1;
            for (int i = 0; i < s.size(); i++) {
                Token k = s.token(i);
                if (k.start() >= t.span().start() && k.end() <= t.span().end()) {
                    int h = s.head(i);
                    boolean outside = h < 0 || s.token(h).start() < t.span().start() || s.token(h).end() > t.span().end();
                    if (outside && head < 0) {
                        head = i;
                    }
                }
            }
            if (head < 0) {
                continue;
            }
            inSentence.add(t);
            int g = s.head(head);
            if (g >= 0) {
                byGovernor.computeIfAbsent(g, k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** The first timex attached to token {@code i} that dates something (see {@link #dateOf}), or null. */
    Timex dateAt(int i) {
        for (Timex t : byGovernor.getOrDefault(i, List.of())) {
            if (dateOf(t) != null) {
                return t;
            }
        }
        return null;
    }

    /** The timexes attached to token {@code i}. */
    List<Timex> at(int i) {
        return byGovernor.getOrDefault(i, List.of());
    }

    /** True when some timex of the sentence dates something. */
    boolean hasDate() {
        return inSentence.stream().anyMatch(t -> dateOf(t) != null);
    }

    boolean hasAny() {
        return !inSentence.isEmpty();
    }

    /**
     * The calendar value a timex gives an event: a DATE's value (a day, month, year, week or an interval), a TIME's
     * date part; null for durations, sets and vague references ("PAST_REF").
     */
    static String dateOf(Timex t) {
        String v = t.value();
        if (v == null || v.isEmpty() || v.contains("REF")) {
            return null;
        }
        if (t.type() == TimexType.DATE) {
            return v;
        }
        if (t.type() == TimexType.TIME) {
            int k = v.indexOf('T');
            return k > 0 ? v.substring(0, k) : null;
        }
        return null;
    }

    /** "the two days", "those three weeks": a duration that points back to a period already named. */
    static boolean isAnaphoricDuration(Timex t) {
        String w = t.span().text().toLowerCase(Locale.ROOT);
        return t.type() == TimexType.DURATION && (w.startsWith("the ") || w.startsWith("those ") || w.startsWith("these "));
    }
}
