package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a hand-made {@link AnnotatedArticle} without CoreNLP: one sentence per line of text, tokens separated by
 * single spaces, each written {@code word/POS/NER} (NER defaults to O, POS to NNP). The coarse tag is derived as
 * CoreNLP derives it (CITY → LOCATION, NATIONALITY → MISC, TITLE → O).
 */
final class ArticleFixture {

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private List<Token> tokens;
    private List<Dependency> dependencies;

    static ArticleFixture article() {
        return new ArticleFixture();
    }

    /** Adds a sentence: {@code "President/NNP/TITLE Volodymyr/NNP/PERSON Zelensky/NNP/PERSON visited/VBD ./."}. */
    ArticleFixture sentence(String spec) {
        finishSentence();
        if (!text.isEmpty()) {
            text.append('\n');
        }
        tokens = new ArrayList<>();
        dependencies = new ArrayList<>();
        for (String item : spec.trim().split(" ")) {
            String[] parts = item.split("/", -1);
            String word = parts[0];
            String pos = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "NNP";
            String ner = parts.length > 2 ? parts[2] : "O";
            if (!tokens.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), start, text.length(), word, word.toLowerCase(Locale.ROOT), pos, ner,
                    coarse(ner)));
        }
        return this;
    }

    /** Adds a dependency arc to the last sentence, by token indices. */
    ArticleFixture dep(String relation, int governor, int dependent) {
        dependencies.add(new Dependency(relation, governor, dependent));
        return this;
    }

    AnnotatedArticle build() {
        finishSentence();
        return new AnnotatedArticle(text.toString(), sentences);
    }

    static Article meta(AnnotatedArticle annotated, String source) {
        return new Article("fixture", null, source, null, "2024-12-18", "en", annotated.text(), "fixture");
    }

    private void finishSentence() {
        if (tokens != null && !tokens.isEmpty()) {
            int start = tokens.get(0).start();
            int end = tokens.get(tokens.size() - 1).end();
            sentences.add(new Sentence(sentences.size(), start, end, tokens, dependencies));
        }
        tokens = null;
    }

    private static String coarse(String ner) {
        return switch (ner) {
            case "PERSON", "ORGANIZATION", "LOCATION", "MISC" -> ner;
            case "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOCATION";
            case "NATIONALITY", "RELIGION" -> "MISC";
            default -> "O";
        };
    }
}
