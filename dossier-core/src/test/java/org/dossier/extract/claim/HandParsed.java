package org.dossier.extract.claim;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds small annotated articles by hand for construction tests: each sentence is given as its text and one
 * line per token in CoNLL order, {@code "word lemma POS head relation [NER]"}, heads counted from 1 (0 for the
 * root), {@code _} for a lemma equal to the lower-cased word. Sentences of a paragraph are joined by a space,
 * paragraphs by a line break. Entities and time expressions are given by the words they cover.
 */
final class HandParsed {

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private boolean newParagraph = true;

    /** Appends a sentence to the current paragraph. */
    HandParsed sentence(String words, String... tokens) {
        if (!newParagraph) {
            text.append(' ');
        }
        newParagraph = false;
        int base = text.length();
        text.append(words);
        List<Token> toks = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int at = 0;
        for (String spec : tokens) {
            String[] f = spec.trim().split("\\s+");
            if (f.length < 5) {
                throw new IllegalArgumentException("token '" + spec + "' needs: word lemma POS head relation [NER]");
            }
            int start = words.indexOf(f[0], at);
            if (start < 0) {
                throw new IllegalArgumentException("token '" + f[0] + "' not found in '" + words + "' after " + at);
            }
            at = start + f[0].length();
            String lemma = f[1].equals("_") ? f[0].toLowerCase(Locale.ROOT) : f[1];
            String ner = f.length > 5 ? f[5] : "O";
            int index = toks.size();
            toks.add(new Token(index, base + start, base + at, f[0], lemma, f[2], ner, coarse(ner)));
            int head = Integer.parseInt(f[3]) - 1;
            deps.add(new Dependency(head < 0 ? "root" : f[4], head, index));
        }
        sentences.add(new Sentence(sentences.size(), base, base + words.length(), toks, deps));
        return this;
    }

    /** Starts a new paragraph: the next sentence follows a line break. */
    HandParsed paragraph() {
        text.append('\n');
        newParagraph = true;
        return this;
    }

    AnnotatedArticle build() {
        return new AnnotatedArticle(text.toString(), sentences);
    }

    private static String coarse(String ner) {
        return switch (ner) {
            case "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOCATION";
            default -> ner;
        };
    }

    /** An entity whose mentions are every whole-word occurrence of each of {@code surfaces} in {@code text}. */
    static Entity entity(String text, String id, EntityType type, String name, String... surfaces) {
        List<Span> mentions = new ArrayList<>();
        for (String s : surfaces) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(s) + "\\b").matcher(text);
            while (m.find()) {
                mentions.add(Span.of(text, m.start(), m.end()));
            }
        }
        mentions.sort(null);
        return new Entity(id, type, null, name, List.of(), List.of(), mentions);
    }

    /** A date expression over the first occurrence of {@code words}. */
    static Timex date(String text, String id, String words, String value) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return new Timex(id, Span.of(text, start, start + words.length()), TimexType.DATE, value);
    }
}
