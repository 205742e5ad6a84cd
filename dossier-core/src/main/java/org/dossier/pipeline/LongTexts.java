package org.dossier.pipeline;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Annotates a long article in pieces, so that the annotator's own structures (CoreNLP keeps about a kilobyte per
 * token until the whole text is annotated) never hold more than one piece: a 5 MB article would otherwise need
 * about a gigabyte of heap beside the models. Pieces end at a paragraph break, else at a line break (the standard
 * profile ends a sentence at every line break, so its sentences and tokens are the same as in one pass); only a
 * line longer than half a piece is cut inside, after a sentence's end or else at a space, with a warning. The
 * sentences and tokens of each piece are moved to the piece's place in the article, so extractors read one
 * {@link AnnotatedArticle} whatever its length.
 */
final class LongTexts {

    /** The longest text annotated in one call (about 20,000 tokens of news). */
    static final int PIECE_CHARS = 100_000;

    private LongTexts() {
    }

    static AnnotatedArticle annotate(Annotator annotator, String text) {
        return annotate(annotator, text, PIECE_CHARS);
    }

    static AnnotatedArticle annotate(Annotator annotator, String text, int pieceChars) {
        if (text.length() <= pieceChars) {
            return annotator.annotate(text);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Integer> insideLines = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        int pieces = 0;
        for (int from = 0; from < text.length(); pieces++) {
            int to = end(text, from, pieceChars);
            if (to < text.length() && text.charAt(to - 1) != '\n') {
                insideLines.add(to);
            }
            AnnotatedArticle part = annotator.annotate(text.substring(from, to));
            for (Sentence s : part.sentences()) {
                sentences.add(moved(s, sentences.size(), from, shared));
            }
            for (String w : part.warnings()) {
                warnings.add(from == 0 ? w : "(in the part from character " + from + ") " + w);
            }
            from = to;
        }
        if (!insideLines.isEmpty()) {
            warnings.add(0, String.format(Locale.ROOT, "an article of %,d characters was annotated in %d pieces of at"
                    + " most %,d characters; %d of the cuts fell inside a line longer than %,d characters (at"
                    + " character %s), where a sentence may have been split in two", text.length(), pieces,
                    pieceChars, insideLines.size(), pieceChars / 2, join(insideLines)));
        }
        return new AnnotatedArticle(text, sentences, warnings);
    }

    /** Where the piece that starts at {@code from} ends: after a paragraph break, a line break, a sentence, a space. */
    static int end(String text, int from, int pieceChars) {
        int limit = from + pieceChars;
        if (limit >= text.length()) {
            return text.length();
        }
        int half = from + pieceChars / 2;
        int i = text.lastIndexOf("\n\n", limit - 2);
        if (i >= half) {
            return i + 2;
        }
        i = text.lastIndexOf('\n', limit - 1);
        if (i >= half) {
            return i + 1;
        }
        for (int j = limit - 1; j > half; j--) {
            char c = text.charAt(j - 1);
            if (Character.isWhitespace(text.charAt(j)) && (c == '.' || c == '!' || c == '?')) {
                return j + 1;
            }
        }
        for (int j = limit - 1; j > half; j--) {
            if (Character.isWhitespace(text.charAt(j))) {
                return j + 1;
            }
        }
        return limit; // no space in half a piece: a run of 50,000 characters without one
    }

    /**
     * {@code s} at its place in the article. Tags and relation names are kept once for the whole article, and a
     * lemma equal to its word is the word, so that a long article's million tokens do not each carry copies.
     */
    private static Sentence moved(Sentence s, int index, int by, Map<String, String> shared) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            String lemma = t.lemma().equals(t.word()) ? t.word() : t.lemma();
            tokens.add(new Token(t.index(), t.start() + by, t.end() + by, t.word(), lemma, one(shared, t.pos()),
                    one(shared, t.ner()), one(shared, t.coarseNer())));
        }
        List<Dependency> deps = new ArrayList<>(s.dependencies().size());
        for (Dependency d : s.dependencies()) {
            deps.add(new Dependency(one(shared, d.relation()), d.governor(), d.dependent()));
        }
        return new Sentence(index, s.start() + by, s.end() + by, tokens, deps);
    }

    private static String one(Map<String, String> shared, String s) {
        return s == null ? null : shared.computeIfAbsent(s, k -> k);
    }

    private static String join(List<Integer> offsets) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < offsets.size() && i < 5; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d", offsets.get(i)));
        }
        return offsets.size() > 5 ? b + ", …" : b.toString();
    }
}
