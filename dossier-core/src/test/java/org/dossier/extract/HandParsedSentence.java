package org.dossier.extract;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-sentence article parsed by hand, for tests that run several layers on the same sentence without models:
 * tokens written {@code word/POS[/lemma[/NER]]} separated by spaces, arcs {@code "rel governor dependent"} separated
 * by semicolons (tokens named by their word, {@code ROOT} for the root).
 */
final class HandParsedSentence {

    private HandParsedSentence() {
    }

    static AnnotatedArticle of(String tokens, String arcs) {
        StringBuilder text = new StringBuilder();
        List<Token> ts = new ArrayList<>();
        for (String spec : tokens.trim().split(" +")) {
            String[] f = spec.split("/");
            String word = f[0];
            String pos = f[1];
            String lemma = f.length > 2 && !f[2].isEmpty() ? f[2] : word;
            String ner = f.length > 3 ? f[3] : "O";
            if (!ts.isEmpty() && !pos.equals(".") && !pos.equals(",")) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            ts.add(new Token(ts.size(), start, text.length(), word, lemma, pos, ner, ner));
        }
        List<Dependency> deps = new ArrayList<>();
        for (String arc : arcs.split(";")) {
            String[] f = arc.trim().split(" +");
            if (f.length != 3) {
                throw new IllegalArgumentException("arc '" + arc + "' should be 'rel governor dependent'");
            }
            deps.add(new Dependency(f[0], f[1].equals("ROOT") ? -1 : find(ts, f[1]), find(ts, f[2])));
        }
        return new AnnotatedArticle(text.toString(), List.of(new Sentence(0, 0, text.length(), ts, deps)));
    }

    private static int find(List<Token> ts, String word) {
        for (Token t : ts) {
            if (t.word().equals(word)) {
                return t.index();
            }
        }
        throw new IllegalArgumentException("no token '" + word + "' in " + ts.stream().map(Token::word).toList());
    }
}
