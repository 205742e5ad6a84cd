package org.dossier.merge;

import org.dossier.annotate.lexicon.LexiconFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the event merger reads, in the kernel lexicon format ({@code docs/lexicon.md}):
 * {@code event-predicates.tsv} (predicates that name the same kind of happening: "quake" and "earthquake") and
 * {@code profile-stopwords.tsv} (words left out of an article's profile). Immutable, shared.
 */
public final class EventLexicon {

    private static volatile EventLexicon standard;

    private final Map<String, String> groups;
    private final Set<String> stopwords;

    private EventLexicon(Map<String, String> groups, Set<String> stopwords) {
        this.groups = Map.copyOf(groups);
        this.stopwords = Set.copyOf(stopwords);
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
        return new EventLexicon(groups, stop);
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
        String g = groups.get(p);
        if (g != null) {
            return g;
        }
        if (p.length() > 4 && p.endsWith("s") && !p.endsWith("ss")) {
            g = groups.get(p.substring(0, p.length() - 1));
            if (g != null) {
                return g;
            }
        }
        if (p.length() > 5 && p.endsWith("ing")) {
            String base = p.substring(0, p.length() - 3);
            if (base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                base = base.substring(0, base.length() - 1); // shopping -> shop
            }
            g = groups.get(base);
            return g != null ? g : base;
        }
        return p;
    }

    /** Whether {@code word} (lower case) is left out of article profiles. */
    public boolean stopword(String word) {
        return stopwords.contains(word);
    }
}
