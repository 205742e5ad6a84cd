package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Which tokens stand inside quotation marks. Straight quotes toggle, curly and TeX-style quotes open and close;
 * a new paragraph closes any quote left open (news style reopens a continued quote on each paragraph).
 * Immutable once built.
 */
final class QuotedTokens {

    private final List<boolean[]> quoted = new ArrayList<>();

    QuotedTokens(AnnotatedArticle annotated) {
        boolean inside = false;
        int lastEnd = 0;
        for (Sentence s : annotated.sentences()) {
            boolean[] q = new boolean[s.tokens().size()];
            for (Token t : s.tokens()) {
                if (annotated.text().substring(Math.min(lastEnd, t.start()), t.start()).contains("\n")) {
                    inside = false;
                }
                lastEnd = t.end();
                switch (t.word()) {
                    case "\"" -> inside = !inside;
                    case "“", "``" -> inside = true;
                    case "”", "''" -> inside = false;
                    default -> q[t.index()] = inside;
                }
            }
            quoted.add(q);
        }
    }

    boolean quoted(int sentence, int token) {
        return quoted.get(sentence)[token];
    }
}
