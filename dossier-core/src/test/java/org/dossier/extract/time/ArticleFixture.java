package org.dossier.extract.time;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-made {@link AnnotatedArticle}s for the tagger's unit tests: each string is one sentence, split into
 * tokens by a simple pattern and tagged from a small lexicon (past forms, modals, auxiliaries, numbers, proper
 * names), with no dependency tree, so tests run without CoreNLP. A test overrides a tag where the lexicon's
 * guess is not the point ({@code .tag("March", "VBP")}).
 */
final class ArticleFixture {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:[A-Za-z]\\.){2,}|[A-Z][a-z]{1,3}\\.(?=\\s\\d)|\\d+(?:[.,:/]\\d+)*|\\w+(?:[-'\u2019]\\w+)*|'s|\\S");
    private static final Set<String> MODALS = Set.of("will", "would", "may", "might", "can", "could", "should",
            "must", "shall", "'ll");
    private static final Map<String, String> LEXICON = Map.ofEntries(
            Map.entry("said", "VBD"), Map.entry("met", "VBD"), Map.entry("was", "VBD"), Map.entry("were", "VBD"),
            Map.entry("had", "VBD"), Map.entry("did", "VBD"), Map.entry("went", "VBD"), Map.entry("told", "VBD"),
            Map.entry("began", "VBD"), Map.entry("came", "VBD"), Map.entry("left", "VBD"), Map.entry("rose", "VBD"),
            Map.entry("fell", "VBD"), Map.entry("is", "VBZ"), Map.entry("has", "VBZ"), Map.entry("says", "VBZ"),
            Map.entry("are", "VBP"), Map.entry("have", "VBP"), Map.entry("be", "VB"), Map.entry("meet", "VB"),
            Map.entry("visit", "VB"), Map.entry("open", "VB"), Map.entry("sign", "VB"), Map.entry("leave", "VB"),
            Map.entry("march", "VBP"), Map.entry("fall", "VBP"), Map.entry("rise", "VBP"), Map.entry("expected", "VBN"),
            Map.entry("to", "TO"), Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("an", "DT"),
            Map.entry("in", "IN"), Map.entry("on", "IN"), Map.entry("at", "IN"), Map.entry("by", "IN"),
            Map.entry("for", "IN"), Map.entry("of", "IN"), Map.entry("from", "IN"), Map.entry("since", "IN"),
            Map.entry("until", "IN"), Map.entry("during", "IN"), Map.entry("now", "RB"), Map.entry("recently", "RB"),
            Map.entry("currently", "RB"), Map.entry("daily", "RB"), Map.entry("and", "CC"), Map.entry("he", "PRP"),
            Map.entry("she", "PRP"), Map.entry("they", "PRP"), Map.entry("it", "PRP"), Map.entry("'s", "POS"));

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "ten", "twenty",
            "hundred", "thousand", "million", "billion");

    private final List<String> sentences = new ArrayList<>();
    private final Map<String, String> tagOverrides = new HashMap<>();
    private final Map<String, String> nerOverrides = new HashMap<>();

    private ArticleFixture(String... sentences) {
        this.sentences.addAll(List.of(sentences));
    }

    /** An article of these sentences, joined by single spaces. */
    static ArticleFixture of(String... sentences) {
        return new ArticleFixture(sentences);
    }

    /** Tags every token spelled {@code word} (case-sensitive) with {@code pos}. */
    ArticleFixture tag(String word, String pos) {
        tagOverrides.put(word, pos);
        return this;
    }

    /** Gives every token spelled {@code word} the coarse named-entity type {@code type}. */
    ArticleFixture entity(String word, String type) {
        nerOverrides.put(word, type);
        return this;
    }

    AnnotatedArticle build() {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String sentence : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int base = text.length();
            text.append(sentence);
            List<Token> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(sentence);
            while (m.find()) {
                String word = m.group();
                String previous = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).word();
                String pos = tagOverrides.getOrDefault(word, guessTag(word, previous, tokens.isEmpty()));
                String ner = nerOverrides.getOrDefault(word, "O");
                tokens.add(new Token(tokens.size(), base + m.start(), base + m.end(), word, lemma(word), pos, ner, ner));
            }
            out.add(new Sentence(out.size(), base, base + sentence.length(), tokens, List.of()));
        }
        return new AnnotatedArticle(text.toString(), out);
    }

    private static String guessTag(String word, String previous, boolean first) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(word.charAt(0)) && !first) {
            return "NNP";
        }
        if (MODALS.contains(w)) {
            return "MD";
        }
        if (NUMBER_WORDS.contains(w)) {
            return "CD";
        }
        String known = LEXICON.get(w);
        if (known != null) {
            if (known.equals("VB") && !MODALS.contains(previous.toLowerCase(Locale.ROOT))
                    && !previous.equalsIgnoreCase("to")) {
                return "VBP";
            }
            return known;
        }
        if (w.matches("[.,:/]+")) {
            return ".";
        }
        if (w.matches("[\\d.,:/]+")) {
            return "CD";
        }
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return ".";
        }
        if (w.endsWith("ed")) {
            return "VBD";
        }
        if (w.endsWith("s") && w.length() > 3) {
            return "NNS";
        }
        return Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
    }

    private static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "has", "had", "have" -> "have";
            case "is", "are", "was", "were" -> "be";
            case "said", "says" -> "say";
            case "met" -> "meet";
            case "expected" -> "expect";
            case "scheduled" -> "schedule";
            case "plans", "planned" -> "plan";
            case "reached" -> "reach";
            default -> w;
        };
    }
}
