package org.dossier.extract.time;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tokens of one article in text order, looked up by character offset (binary search). */
final class TokenIndex {

    /** A token with the sentence it belongs to. */
    record Located(Sentence sentence, Token token) {
    }

    private final List<Located> tokens = new ArrayList<>();
    private final int[] starts;

    TokenIndex(AnnotatedArticle article) {
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                tokens.add(new Located(s, t));
            }
        }
        tokens.sort((a, b) -> Integer.compare(a.token().start(), b.token().start()));
        starts = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).token().start();
        }
    }

    /** Position in {@link #tokens} of the last token starting at or before {@code offset}, or -1. */
    private int floor(int offset) {
        int at = Arrays.binarySearch(starts, offset); // starts are strictly increasing
        return at >= 0 ? at : -at - 2;
    }

    /** The token covering {@code offset}, or {@code null}. */
    Located at(int offset) {
        int i = floor(offset);
        return i >= 0 && offset < tokens.get(i).token().end() ? tokens.get(i) : null;
    }

    /** The tokens overlapping {@code [start, end)}. */
    List<Located> within(int start, int end) {
        List<Located> out = new ArrayList<>();
        int i = Math.max(floor(start), 0);
        for (; i < tokens.size() && tokens.get(i).token().start() < end; i++) {
            if (tokens.get(i).token().end() > start) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** The last token ending at or before {@code offset}, or {@code null}. */
    Located before(int offset) {
        for (int i = floor(offset); i >= 0; i--) {
            if (tokens.get(i).token().end() <= offset) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** The first token starting at or after {@code offset}, or {@code null}. */
    Located after(int offset) {
        int i = floor(offset);
        for (i = Math.max(i, 0); i < tokens.size(); i++) {
            if (tokens.get(i).token().start() >= offset) {
                return tokens.get(i);
            }
        }
        return null;
    }
}
