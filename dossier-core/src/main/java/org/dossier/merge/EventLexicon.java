package org.dossier.merge;

import org.dossier.annotate.lexicon.LexiconFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the event merger reads, in the kernel lexicon format ({@code docs/lexicon.md}):
 * {@code event-predicates.tsv} (predicates that name the same kind of happening: "quake" and "earthquake"),
 * {@code speech-predicates.tsv} (keys of saying and reporting: "say", "report", "confirm"),
 * {@code light-predicates.tsv} (support verbs and generic nouns that name no happening by themselves: "make",
 * "remain", "security") and
 * {@code profile-stopwords.tsv} (words left out of an article's profile). Immutable, shared.
 */
public final class EventLexicon {

    private static volatile EventLexicon standard;

    private final Map<String, String> groups;
    private final Set<String> stopwords;
    private final Set<String> speech;
    private final Set<String> light;

    private EventLexicon(Map<String, String> groups, Set<String> stopwords, Set<String> speech, Set<String> light) {
        this.groups = Map.copyOf(groups);
        this.stopwords = Set.copyOf(stopwords);
        this.speech = Set.copyOf(speech);
        this.light = Set.copyOf(light);
    }

    /** The lists shipped with Dossier, read once. */
    public static EventLexicon standard() {
        EventLexicon l = standard;
        if (l == null) {
            synchronized (EventLexicon.class) {
                if (standard == null) {
                    standard = read();
                }
                l = standard;
            }
        }
        return l;
    }

    private static EventLexicon read() {
        Map<String, String> groups = new HashMap<>();
        for (LexiconFile.Row row : file("event-predicates.tsv").requireColumns("word", "key").rows()) {
            if (groups.putIfAbsent(row.lower("word"), row.lower("key")) != null) {
                throw row.error("'" + row.get("word") + "' is listed twice; give each word one key");
            }
        }
        Set<String> stop = new HashSet<>();
        for (LexiconFile.Row row : file("profile-stopwords.tsv").requireColumns("word").rows()) {
            stop.add(row.lower("word"));
        }
        Set<String> speech = new HashSet<>();
        for (LexiconFile.Row row : file("speech-predicates.tsv").requireColumns("key").rows()) {
            speech.add(row.lower("key"));
        }
        Set<String> light = new HashSet<>();
        for (LexiconFile.Row row : file("light-predicates.tsv").requireColumns("key").rows()) {
            light.add(row.lower("key"));
        }
        return new EventLexicon(groups, stop, speech, light);
    }

    private static LexiconFile file(String name) {
        try (InputStream in = EventLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the event merger's list " + name + " is missing from the class path "
                        + "(org/dossier/merge/" + name + "); rebuild Dossier");
            }
            return LexiconFile.read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event merger's list " + name, e);
        }
    }

    /**
     * The key a predicate is found under: its group in {@code event-predicates.tsv}, else the predicate itself with
     * a gerund or plural read as its base ("killings" as "killing", then its group, else "kill").
     */
    public String predicateKey(String predicate) {
        if (predicate == null || predicate.isBlank()) {
            return "";
        }
        String p = predicate.strip().toLowerCase(Locale.ROOT);
        if (p.startsWith("#")) {
            p = p.substring(1);
        }
        String g = groups.get(p);
        if (g != null) {
            return g;
        }
        int hyphen = p.indexOf('-');
        if (hyphen > 2 && Character.isLetter(p.charAt(0))) {
            p = p.substring(0, hyphen); // a hit-and-run is a hit, a walk-out a walk
            g = groups.get(p);
            if (g != null) {
                return g;
            }
        }
        if (p.length() > 3 && p.endsWith("ed")) {
            // a past form where no lemma was given: "arrested", "died", "shipped" if their base is listed
            String stem = p.substring(0, p.length() - 2);
            for (String b : List.of(stem, p.substring(0, p.length() - 1), stem.length() > 2
                    && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    ? stem.substring(0, stem.length() - 1) : stem)) {
                if (groups.containsKey(b)) {
                    return groups.get(b);
                }
            }
            if (p.length() > 4 && !p.endsWith("eed")) {
                return past(p); // "turned" as "turn", "stopped" as "stop": the lemma the extractor gives
            }
        }
        String base = base(p);
        g = groups.get(base);
        return g != null ? g : base;
    }

    /**
     * The base of a regular past form as far as spelling tells: "carried" to "carry", "stopped" to "stop" (but
     * "killed", "passed" keep their double letter), "believed", "charged", "rescued", "caused" to a final e, else
     * the past ending cut ("turned" to "turn").
     */
    static String past(String p) {
        if (p.endsWith("ied")) {
            return p.substring(0, p.length() - 3) + "y";
        }
        String stem = p.substring(0, p.length() - 2);
        int n = stem.length();
        char last = stem.charAt(n - 1);
        char before = stem.charAt(n - 2);
        if (last == before && "lsz".indexOf(last) < 0 && consonant(last)) {
            return stem.substring(0, n - 1);
        }
        if ("vzuc".indexOf(last) >= 0 || last == 'g' && before != 'n' || last == 's' && "aeiou".indexOf(before) >= 0) {
            return stem + "e";
        }
        return stem;
    }

    /**
     * A word's base as far as spelling tells: a plural noun's singular ("killings" to "killing", "Oscars" to
     * "oscar"), a gerund's verb ("shopping" to "shop", "driving" to "drive").
     */
    static String base(String p) {
        String w = p;
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.endsWith("ies") && w.length() > 4 ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            String b = w.substring(0, w.length() - 3);
            int n = b.length();
            if (n > 2 && b.charAt(n - 1) == b.charAt(n - 2) && !"lsz".contains(String.valueOf(b.charAt(n - 1)))) {
                b = b.substring(0, n - 1); // shopping -> shop (but killing, passing stay)
            } else if (n <= 4 && consonant(b.charAt(n - 1)) && "aiou".indexOf(b.charAt(n - 2)) >= 0
                    && consonant(b.charAt(n - 3)) && "wxy".indexOf(b.charAt(n - 1)) < 0) {
                b = b + "e"; // driving -> drive, closing -> close
            } else if (b.endsWith("u") || b.endsWith("v")) {
                b = b + "e"; // rescuing -> rescue, arriving -> arrive
            }
            return b;
        }
        return w;
    }

    private static boolean consonant(char ch) {
        return Character.isLetter(ch) && "aeiou".indexOf(ch) < 0;
    }

    /** Whether {@code key} (a {@link #predicateKey}) tells that someone said something, not what happened. */
    public boolean speech(String key) {
        return speech.contains(key);
    }

    /**
     * Whether {@code key} (a {@link #predicateKey}) is a light predicate: a support verb ("make", "take", "remain") or a
     * generic noun ("security", "emergency", "career") that does not name a happening by itself.
     */
    public boolean light(String key) {
        return light.contains(key);
    }

    /** Whether {@code word} (lower case) is left out of article profiles. */
    public boolean stopword(String word) {
        return stopwords.contains(word);
    }
}
