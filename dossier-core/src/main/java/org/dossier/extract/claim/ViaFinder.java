package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.Token;
import org.dossier.annotate.lexicon.CueLexicon;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds whom a source itself cites. "The Journal reported, citing officials, that …": "citing officials" is no
 * claim of its own but the Journal's via. "X said …, according to a journalist": the journalist is X's claim's
 * via, not a second source. A phrase counts as the via of the sentence's reported speech when it stands outside
 * that claim's content; a "citing" inside a content ("the firm cut jobs, citing demand") is the firm's own
 * attribution.
 */
final class ViaFinder {

    private static final Set<String> ENDS_CITATION = Set.of(",", ";", ":", ".", "that", "--", "\u2014", "\u2013");

    List<Attribution> apply(String text, List<DependencyTree> trees, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        List<Attribution> folded = new ArrayList<>();
        for (Attribution a : found) {
            boolean accordingTo = a.cue() != null && a.cue().isAccordingTo();
            boolean citing = a.cue() != null && !accordingTo && isCiting(trees.get(a.sentence()), a.cue().head());
            if (!accordingTo && !citing) {
                continue;
            }
            int host = host(out, a);
            if (host < 0) {
                continue;
            }
            String who = accordingTo ? a.sourceSpan().text() : a.content().text();
            out.set(host, out.get(host).withVia(who));
            folded.add(a);
        }
        out.removeAll(folded);
        for (int i = 0; i < out.size(); i++) {
            Attribution a = out.get(i);
            if (a.cue() == null || a.cue().isAccordingTo()) {
                continue;
            }
            for (String who : citedOutside(text, trees.get(a.sentence()), a, out, found)) {
                a = a.withVia(who);
            }
            out.set(i, a);
        }
        return out;
    }

    private static boolean isCiting(DependencyTree t, int head) {
        return t.lowerLemma(head).equals("cite") && t.pos(head).equals("VBG");
    }

    /**
     * The attribution by a speech verb in {@code a}'s sentence whose content leaves {@code a}'s words out and that
     * has a source, nearest by its cue; -1 when there is none. "According to officials, the White House is
     * considering …" stays the officials' claim: considering is no report that officials could be cited for.
     */
    private static int host(List<Attribution> all, Attribution a) {
        Span own = a.cue().isAccordingTo() ? a.sourceSpan() : a.cueSpan();
        if (own == null) {
            return -1;
        }
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < all.size(); i++) {
            Attribution c = all.get(i);
            if (c == a || c.sentence() != a.sentence() || c.cue() == null || c.cue().isAccordingTo()
                    || c.cue().entry().kind() != CueLexicon.Kind.SPEECH
                    || c.sourceSpan() == null || c.content().overlaps(own) || isCitingCue(c, a)) {
                continue;
            }
            int d = Math.abs(c.cueSpan().start() - own.start());
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean isCitingCue(Attribution c, Attribution a) {
        return c.cueSpan().equals(a.cueSpan());
    }

    /**
     * The "citing X" phrases after {@code a}'s cue, outside every content, that were no cue of their own (the parse
     * made "citing" a modifier): from after "citing" to the next comma, "that" or the content.
     */
    private static List<String> citedOutside(String text, DependencyTree t, Attribution a, List<Attribution> all,
                                             List<Attribution> cues) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.lowerWord(i).equals("citing") || i + 1 >= t.size() || t.token(i).start() < a.cueSpan().end()) {
                continue;
            }
            Token citing = t.token(i);
            if (insideAnyContent(citing, all) || isCueOfAny(citing, cues)) {
                continue;
            }
            int last = i;
            for (int j = i + 1; j < t.size() && !ENDS_CITATION.contains(t.lowerWord(j))
                    && t.token(j).start() < contentStartAfter(a, citing); j++) {
                last = j;
            }
            if (last > i) {
                out.add(text.substring(t.token(i + 1).start(), t.token(last).end()));
            }
        }
        return out;
    }

    private static int contentStartAfter(Attribution a, Token citing) {
        return a.content().start() > citing.start() ? a.content().start() : Integer.MAX_VALUE;
    }

    private static boolean insideAnyContent(Token tok, List<Attribution> all) {
        for (Attribution c : all) {
            if (c.content().start() <= tok.start() && tok.end() <= c.content().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCueOfAny(Token tok, List<Attribution> all) {
        for (Attribution c : all) {
            if (c.cueSpan() != null && c.cueSpan().start() == tok.start()) {
                return true;
            }
        }
        return false;
    }
}
