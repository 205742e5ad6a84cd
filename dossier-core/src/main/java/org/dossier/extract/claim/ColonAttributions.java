package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.extract.quote.QuotedPassage;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attributions whose cue is a colon after a name: a quotation so headed ({@code Clinton: "Our goal is …"},
 * {@code … - Carl Bialik: "One lesson was …"}) and, headline style, a sentence that opens with a name and a colon
 * ({@code Sanders: Clinton Email Story Has Moved}). The name is a short noun phrase ending in a proper name, or in
 * a word for a survey or report ({@code Poll: Trump leads}); it holds no verb.
 */
final class ColonAttributions {

    private static final int MAX_HEADING = 8;
    private static final Set<String> PHRASE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "CD");
    private static final Set<String> DOCUMENTS = Set.of("poll", "survey", "report", "study");

    /** The attribution of quotation {@code p} (in sentence {@code s}) to the name heading it, or {@code null}. */
    Attribution ofQuotation(String text, List<DependencyTree> trees, int s, QuotedPassage p) {
        DependencyTree t = trees.get(s);
        int colon = -1;
        for (int i = 0; i < t.size() && t.token(i).start() < p.outer().start(); i++) {
            if (t.word(i).equals(":")) {
                colon = i;
            }
        }
        if (colon < 1 || !blank(text.substring(t.token(colon).end(), p.outer().start()))) {
            return null;
        }
        SourceMention name = heading(t, colon);
        return name == null ? null : attribution(text, t, s, colon, name, p.outer());
    }

    /**
     * The headline-style attributions of the text: a sentence opening with a name and a colon, followed by a
     * clause that is no quotation ({@link #ofQuotation} takes those).
     */
    List<Attribution> ofHeadlines(String text, List<DependencyTree> trees, QuotedSpans passages) {
        List<Attribution> out = new ArrayList<>();
        for (int s = 0; s < trees.size(); s++) {
            DependencyTree t = trees.get(s);
            int colon = firstColon(t);
            if (colon < 1 || colon + 2 >= t.size()) {
                continue;
            }
            SourceMention name = heading(t, colon);
            int last = t.size() - 1;
            while (last > colon && t.isPunct(last)) {
                last--;
            }
            if (name == null || name.first() != 0 || last <= colon + 1 || !hasVerb(t, colon + 1, last)) {
                continue;
            }
            Span content = AttributionFinder.span(text, t, colon + 1, last);
            if (!passages.quotes(content)) {
                out.add(attribution(text, t, s, colon, name, content));
            }
        }
        return out;
    }

    private static Attribution attribution(String text, DependencyTree t, int s, int colon, SourceMention name,
                                           Span content) {
        return Attribution.found(s, null, AttributionFinder.span(text, t, colon, colon), name,
                AttributionFinder.span(text, t, name.first(), name.last()), content);
    }

    /** The name phrase that ends right before the colon at {@code colon}, or {@code null}. */
    private static SourceMention heading(DependencyTree t, int colon) {
        int head = colon - 1;
        boolean named = t.pos(head).startsWith("NNP") || DOCUMENTS.contains(t.lowerLemma(head));
        if (!named) {
            return null;
        }
        int first = head;
        while (first > 0 && head - first < MAX_HEADING - 1 && PHRASE_TAGS.contains(t.pos(first - 1))) {
            first--;
        }
        return new SourceMention(first, head, head, -1);
    }

    private static int firstColon(DependencyTree t) {
        for (int i = 0; i < t.size() && i <= MAX_HEADING; i++) {
            if (t.word(i).equals(":")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasVerb(DependencyTree t, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (t.isVerb(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String s) {
        return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
