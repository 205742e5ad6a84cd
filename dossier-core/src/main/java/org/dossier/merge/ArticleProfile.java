package org.dossier.merge;

import org.dossier.model.ArticleRecord;
import org.dossier.model.Entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * What an article is about, as a whole: its content words (lower case, plural and possessive endings cut, stopwords
 * of {@link EventLexicon} left out) and its entities' names ({@code n:NAME}, counted once per mention), each with
 * its count. {@link #weights} turns the counts into the article's profile: the most telling terms by tf-idf, L2
 * normalized, so that the dot product of two profiles is their cosine. Two reports of one earthquake share the
 * place, the magnitude, the victims' town; two earthquakes share only the words every earthquake report has, which
 * idf weighs down. Pure and immutable.
 */
public final class ArticleProfile {

    /** Terms kept in a profile: enough to tell a story, few enough to index. */
    public static final int TERMS = 40;

    /** Entity names weigh as much as this many words: a shared name says more than a shared word. */
    private static final int NAME_WEIGHT = 2;

    private final Map<String, Integer> counts;

    private ArticleProfile(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** The terms of {@code r}: its text's content words and its entities' names ({@code n:NAME}). */
    public static ArticleProfile of(ArticleRecord r, EventLexicon lexicon) {
        return of(r, lexicon, e -> null);
    }

    /**
     * The terms of {@code r}: its text's content words and its entities, each as {@code entityTerm} gives it (the
     * store: {@code e:} and the corpus entity, so that "Zelensky" and "Volodymyr Zelensky" are one term), or, where
     * that gives {@code null}, as {@code n:} and its normalized name.
     */
    public static ArticleProfile of(ArticleRecord r, EventLexicon lexicon,
                                    java.util.function.Function<Entity, String> entityTerm) {
        Map<String, Integer> counts = new TreeMap<>();
        String text = r.article().text();
        if (r.article().title() != null && !text.startsWith(r.article().title())) {
            text = r.article().title() + "\n" + text;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\''
                    || text.charAt(i) == '\u2019')) {
                i++;
            }
            String w = word(text.substring(start, i).toLowerCase(Locale.ROOT));
            if (w.length() >= 3 && !lexicon.stopword(w)) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        for (Entity e : r.entities()) {
            String term = entityTerm.apply(e);
            if (term == null) {
                if (e.name() == null || NameKeys.normalize(e.name()).isEmpty()) {
                    continue;
                }
                term = "n:" + NameKeys.normalize(e.name());
            }
            counts.merge(term, NAME_WEIGHT * Math.max(1, e.mentions().size()), Integer::sum);
        }
        return new ArticleProfile(Map.copyOf(counts));
    }

    /** A word as profiles count it: possessive and plural endings cut ("quakes", "quake's" are "quake"). */
    static String word(String w) {
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
        }
        w = w.replace("'", "").replace("\u2019", "");
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Every distinct term with its count in the article. */
    public Map<String, Integer> counts() {
        return counts;
    }

    /**
     * The profile: the {@link #TERMS} terms with the highest tf-idf, L2 normalized. {@code articlesWith} gives how
     * many stored articles have a term, {@code articles} how many are stored (this one counted in both).
     */
    public Map<String, Double> weights(ToIntFunction<String> articlesWith, int articles) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int df = Math.max(1, articlesWith.applyAsInt(e.getKey()));
            double idf = Math.log((1.0 + Math.max(articles, df)) / df);
            if (idf <= 0) {
                continue;
            }
            scored.add(Map.entry(e.getKey(), (1 + Math.log(e.getValue())) * idf));
        }
        scored.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        List<Map.Entry<String, Double>> top = scored.subList(0, Math.min(TERMS, scored.size()));
        double norm = Math.sqrt(top.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : top) {
            out.put(e.getKey(), e.getValue() / norm);
        }
        return out;
    }
}
