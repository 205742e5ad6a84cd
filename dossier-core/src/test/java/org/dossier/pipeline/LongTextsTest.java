package org.dossier.pipeline;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongTextsTest {

    /** A sentence per line, white-space tokens; records the length of every text it is given. */
    private static final class Lines implements Annotator {
        final List<Integer> calls = new ArrayList<>();

        @Override
        public AnnotatedArticle annotate(String text) {
            calls.add(text.length());
            List<Sentence> sentences = new ArrayList<>();
            Matcher line = Pattern.compile("[^\n]+").matcher(text);
            while (line.find()) {
                List<Token> tokens = new ArrayList<>();
                Matcher w = Pattern.compile("\\S+").matcher(line.group());
                while (w.find()) {
                    int s = line.start() + w.start();
                    tokens.add(new Token(tokens.size(), s, s + w.group().length(), w.group(), w.group(), "NN", "O", "O"));
                }
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(sentences.size(), line.start(), line.end(), tokens, List.of()));
                }
            }
            return new AnnotatedArticle(text, sentences, List.of("a note at character 3"));
        }
    }

    private static String paragraphs(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append("Paragraph ").append(i).append(" says the council met.\nIt voted again on day ").append(i)
                    .append(".\n\n");
        }
        return b.toString();
    }

    @Test
    void aLongTextAnnotatedInPiecesGivesTheSentencesOfOnePassAtTheirPlaceInTheArticle() {
        String text = paragraphs(400);
        Lines whole = new Lines();
        AnnotatedArticle once = LongTexts.annotate(whole, text, Integer.MAX_VALUE);
        Lines pieces = new Lines();
        AnnotatedArticle cut = LongTexts.annotate(pieces, text, 1000);

        assertEquals(List.of(text.length()), whole.calls);
        assertTrue(pieces.calls.size() > 20, "annotated in pieces: " + pieces.calls);
        assertTrue(pieces.calls.stream().allMatch(n -> n <= 1000), "no piece over the limit: " + pieces.calls);
        assertEquals(once.sentences(), cut.sentences(), "same sentences, indices and offsets as one pass");
        for (Sentence s : cut.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.word(), text.substring(t.start(), t.end()));
            }
        }
        assertEquals(text, cut.text());
        assertTrue(cut.warnings().stream().noneMatch(w -> w.contains("pieces")),
                "cut at paragraph breaks only, nothing to warn about: " + cut.warnings());
        assertEquals("a note at character 3", cut.warnings().get(0));
        assertEquals("(in the part from character " + pieces.calls.get(0) + ") a note at character 3",
                cut.warnings().get(1), "a later piece's own warnings say where it starts");
    }

    @Test
    void aShortTextIsAnnotatedInOneCall() {
        Lines a = new Lines();
        AnnotatedArticle r = LongTexts.annotate(a, "One line.\n", 1000);
        assertEquals(List.of(10), a.calls);
        assertEquals(List.of("a note at character 3"), r.warnings());
    }

    @Test
    void aLineLongerThanHalfAPieceIsCutAfterASentenceAndSaysSo() {
        String line = "The council met. ".repeat(200) + "\n";   // 3,400 characters on one line
        Lines a = new Lines();
        AnnotatedArticle r = LongTexts.annotate(a, line, 1000);
        assertTrue(a.calls.size() >= 4, "pieces: " + a.calls);
        String warning = r.warnings().get(0);
        assertTrue(warning.startsWith("an article of 3,401 characters was annotated in " + a.calls.size()
                + " pieces of at most 1,000 characters;"), warning);
        assertTrue(warning.contains("fell inside a line"), warning);
        int firstCut = a.calls.get(0);
        assertEquals(". ", line.substring(firstCut - 2, firstCut), "cut after a sentence's end");
        long tokens = r.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        assertEquals(600, tokens, "every word kept once");
    }

    @Test
    void aRunWithoutSpacesIsCutAtTheLimit() {
        assertEquals(1000, LongTexts.end("x".repeat(5000), 0, 1000));
        assertEquals(5000, LongTexts.end("x".repeat(5000), 4500, 1000));
    }
}
