package org.dossier.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The same statement carried by many outlets: quotes (or claims) of one speaker whose words are near-identical are
 * one statement, with every article that carries it and the earliest, as Quotebank does for quotations. Computed on
 * read, a pure function of the statements given: nothing is stored, so it never goes stale.
 *
 * <p>Two statements are one when they have the same speaker (the same corpus entity, or the same name when neither
 * is tied to one) and either their word bigrams overlap by a Dice coefficient of at least {@link #SAME} (a word
 * changed, punctuation or case aside), or the shorter, of at least {@link #MIN_WORDS} words, stands whole inside the
 * longer (an outlet quoting part of the sentence).
 */
public final class Statements {

    /** Dice coefficient of word bigrams above which two statements are one. */
    public static final double SAME = 0.8;
    /** Fewest words a statement must have to be matched by containment. */
    public static final int MIN_WORDS = 5;

    /** One quote or claim as stored: who, what, where and when it was published. */
    public record Statement(String speaker, Long speakerEntity, String text, String day, String article,
                            String outlet, String id) {
    }

    private Statements() {
    }

    /**
     * The statements grouped, most carried first (then earliest): each group's text is its earliest statement's
     * (its longest when several share the earliest day), with the articles that carry it, in publication order.
     */
    public static List<Rows.CarriedStatement> group(List<Statement> statements) {
        List<Statement> byDay = new ArrayList<>(statements);
        byDay.sort(Comparator.comparing(Statement::day, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Statement::article).thenComparing(s -> s.id() == null ? "" : s.id()));
        List<List<Statement>> groups = new ArrayList<>();
        for (Statement s : byDay) {
            List<String> words = words(s.text());
            if (words.isEmpty()) {
                continue;
            }
            List<Statement> home = null;
            for (List<Statement> g : groups) {
                if (sameSpeaker(g.get(0), s) && g.stream().anyMatch(x -> same(words(x.text()), words))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(s)));
            } else {
                home.add(s);
            }
        }
        List<Rows.CarriedStatement> out = new ArrayList<>();
        for (List<Statement> g : groups) {
            Statement first = g.get(0);
            String text = first.text();
            for (Statement s : g) {
                if (java.util.Objects.equals(s.day(), first.day()) && s.text().length() > text.length()) {
                    text = s.text();
                }
            }
            Set<String> articles = new LinkedHashSet<>();
            Set<String> sources = new HashSet<>();
            g.forEach(s -> {
                articles.add(s.article());
                sources.add(s.outlet() != null ? "s:" + s.outlet().strip().toLowerCase(Locale.ROOT) : "a:" + s.article());
            });
            out.add(new Rows.CarriedStatement(first.speaker(), text.replaceAll("\\s+", " "), first.day(),
                    first.article(), articles.size(), sources.size(), String.join("; ", articles)));
        }
        out.sort(Comparator.comparingInt(Rows.CarriedStatement::articles).reversed()
                .thenComparing(Rows.CarriedStatement::first, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    static boolean sameSpeaker(Statement a, Statement b) {
        if (a.speakerEntity() != null || b.speakerEntity() != null) {
            return java.util.Objects.equals(a.speakerEntity(), b.speakerEntity());
        }
        return a.speaker() != null && b.speaker() != null
                && a.speaker().strip().equalsIgnoreCase(b.speaker().strip());
    }

    /** Whether two statements' words make one statement (bigram Dice, or containment of a long enough part). */
    static boolean same(List<String> a, List<String> b) {
        if (a.equals(b)) {
            return true;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        if (shorter.size() >= MIN_WORDS && java.util.Collections.indexOfSubList(longer, shorter) >= 0) {
            return true;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size()) >= SAME;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> bigrams(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + " " + words.get(i + 1));
        }
        if (words.size() == 1) {
            out.add(words.get(0));
        }
        return out;
    }
}
