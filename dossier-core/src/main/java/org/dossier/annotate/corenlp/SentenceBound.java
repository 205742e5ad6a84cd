package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts every sentence longer than a bound into pieces before tagging and parsing, so that a table of numbers, a
 * list, or a text with no punctuation (a 20,000-word "sentence") costs time and memory linear in its length and
 * every later layer still sees sentences of a normal size. A piece ends, by preference, after the last semicolon,
 * colon or comma in the second half of the window, else at the bound. Each cut is recorded, and
 * {@link #warnings} says where. Stateless; thread-safe.
 */
final class SentenceBound implements Annotator {

    /** The cuts made in one document: the sentence (1-based) and its length in tokens. */
    static final class CutsAnnotation implements CoreAnnotation<List<String>> {
        @Override
        public Class<List<String>> getType() {
            @SuppressWarnings("unchecked")
            Class<List<String>> c = (Class<List<String>>) (Class<?>) List.class;
            return c;
        }
    }

    private final int max;

    SentenceBound(int max) {
        if (max < 2) {
            throw new IllegalArgumentException("a sentence bound needs at least 2 tokens, not " + max);
        }
        this.max = max;
    }

    @Override
    public void annotate(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        boolean any = false;
        for (CoreMap s : sentences) {
            any |= s.get(CoreAnnotations.TokensAnnotation.class).size() > max;
        }
        if (!any) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        List<String> cuts = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= max) {
                out.add(s);
                continue;
            }
            int pieces = 0;
            int tokenBase = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int from = 0; from < tokens.size(); ) {
                int to = cut(tokens, from);
                out.add(piece(s, text, tokens, from, to, tokenBase));
                pieces++;
                from = to;
            }
            CoreLabel first = tokens.get(0);
            cuts.add("a sentence of " + tokens.size() + " tokens at character " + first.beginPosition()
                    + " was cut into " + pieces + " pieces of at most " + max + " tokens to be parsed"
                    + " (a table, a list or text without punctuation?); its clauses may be read apart");
        }
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                t.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
        doc.set(CutsAnnotation.class, cuts);
    }

    /** Where the piece starting at token {@code from} ends (exclusive). */
    private int cut(List<CoreLabel> tokens, int from) {
        int end = Math.min(tokens.size(), from + max);
        if (end == tokens.size()) {
            return end;
        }
        for (int i = end - 1; i >= from + max / 2; i--) {
            String w = tokens.get(i).word();
            if (w.equals(";") || w.equals(":") || w.equals(",")) {
                return i + 1;
            }
        }
        return end;
    }

    private static CoreMap piece(CoreMap s, String text, List<CoreLabel> tokens, int from, int to, int tokenBase) {
        List<CoreLabel> part = new ArrayList<>(tokens.subList(from, to));
        for (int i = 0; i < part.size(); i++) {
            part.get(i).setIndex(i + 1);
        }
        CoreMap p = new ArrayCoreMap(s);
        int begin = part.get(0).beginPosition();
        int end = part.get(part.size() - 1).endPosition();
        p.set(CoreAnnotations.TokensAnnotation.class, part);
        p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        p.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBase + from);
        p.set(CoreAnnotations.TokenEndAnnotation.class, tokenBase + to);
        if (text != null) {
            p.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        }
        return p;
    }

    /** What was cut in {@code doc}, one warning a sentence. */
    static List<String> warnings(Annotation doc) {
        List<String> cuts = doc.get(CutsAnnotation.class);
        return cuts == null ? List.of() : cuts;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}
