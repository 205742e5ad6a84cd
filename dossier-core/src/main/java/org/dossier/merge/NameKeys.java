package org.dossier.merge;

import org.dossier.model.Entity;
import org.dossier.model.EntityType;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalized keys under which a corpus entity is looked up: {@code n:NAME} for each name and alias,
 * {@code s:SURNAME} for a person, {@code a:ACRONYM} for an organization's initials. Keys only find candidates;
 * {@link EntityMerger} decides.
 */
public final class NameKeys {

    private NameKeys() {
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019][sS](?![\\p{L}\\p{N}])");
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})['\u2019](?=\\p{L})");

    /**
     * Lower case, accents dropped, a possessive "'s" dropped, an apostrophe inside a word dropped ("O'Sullivan" →
     * "osullivan"), other punctuation made a space, spaces collapsed, a leading "the" dropped.
     *
     * <p>Keys are stored ({@code entity_keys}); a change here needs a migration that recomputes them (V003).
     */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = apostrophes(s.toLowerCase(Locale.ROOT)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /**
     * Drops a possessive "'s" at the end of a word ("Putin's", "Putin\u2019s") and joins a word an apostrophe splits
     * ("O'Sullivan", "d'Ivoire"); only the possessive goes, not every "'s" ("O'Sullivan" is no "Oullivan").
     */
    private static String apostrophes(String s) {
        return INNER_APOSTROPHE.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll("");
    }

    /** Every key of an article entity. */
    public static Set<String> of(Entity e) {
        Set<String> keys = new LinkedHashSet<>();
        addName(keys, e.type(), e.name());
        e.aliases().forEach(a -> addName(keys, e.type(), a));
        return keys;
    }

    /** The keys a user's query {@code NAME} looks up, best first. */
    public static Set<String> forQuery(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String n = normalize(name);
        keys.add("n:" + n);
        keys.add("a:" + n);
        PersonName p = PersonName.parse(name);
        if (p.surname() != null && p.given().isEmpty()) {
            keys.add("s:" + p.surname());
        }
        return keys;
    }

    private static void addName(Set<String> keys, EntityType type, String name) {
        if (name == null || normalize(name).isEmpty()) {
            return;
        }
        String n = normalize(name);
        keys.add("n:" + n);
        if (type == EntityType.PERSON) {
            PersonName p = PersonName.parse(name);
            if (p.surname() != null) {
                keys.add("s:" + p.surname());
            }
        } else if (type == EntityType.ORGANIZATION) {
            String acronym = acronym(name);
            if (acronym != null) {
                keys.add("a:" + acronym);
            }
        }
    }

    /** "European Union" → "eu"; "NATO" → "nato"; a one-word mixed-case name has none. */
    static String acronym(String name) {
        String stripped = name.strip();
        if (stripped.matches("[A-Z][A-Z.&]{1,9}")) {
            return stripped.replaceAll("[.&]", "").toLowerCase(Locale.ROOT);
        }
        String[] words = normalize(name).split(" ");
        if (words.length < 2) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!Set.of("of", "and", "for", "the", "de", "on", "in").contains(w) && !w.isEmpty()) {
                b.append(w.charAt(0));
            }
        }
        return b.length() >= 2 ? b.toString() : null;
    }
}
