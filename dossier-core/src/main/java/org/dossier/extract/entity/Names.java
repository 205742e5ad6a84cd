package org.dossier.extract.entity;

import org.dossier.annotate.lexicon.Lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one names API: how Dossier reads a name, for the entity layer, the claim layer and cross-article merging
 * ({@code org.dossier.merge}) alike. Nothing outside this class normalizes a name, splits a person's name or
 * knows which words are surname particles, acronym function words or third-person pronouns.
 *
 * <ul>
 *   <li>{@link #normalize}: the comparable spelling of a whole name, the one cross-article keys are built from
 *   ("The Élysée Palace's" → "elysee palace", "O'Sullivan" → "osullivan");</li>
 *   <li>{@link #words}: the comparable words of a name as the article's tokens spell it, for matching variants
 *   within one article ("U.S." → us, "Wal - Mart" → wal, mart);</li>
 *   <li>{@link #person}: a person's name split into given names and surname, particles kept with the surname
 *   ("Anna de Vries" → [anna] vries);</li>
 *   <li>{@link #acronym}, {@link #isAcronym}, {@link #isAcronymSkipWord}: initials, from one list of function
 *   words;</li>
 *   <li>{@link #pronoun}, {@link #givenNameGender}: what a pronoun or given name says about its referent.</li>
 * </ul>
 *
 * <p>Surname particles come from the kernel lexicon ({@code annotate/lexicon/name-particles.tsv}, with its
 * {@code given-name} column for "Al Gore" and "Van Morrison"); the entity layer's own lists are resources beside
 * this class ({@code name-suffixes.txt}, {@code acronym-skip-words.txt}, {@code pronouns.txt},
 * {@code first-names.txt}), read once through {@link EntityLexicon#lines}. Stateless and thread-safe.
 */
public final class Names {

    private Names() {
    }

    /** What a third-person pronoun says about what it stands for ({@code pronouns.txt}). */
    public record Pronoun(String word, Gender gender, boolean plural, Set<String> uses) {

        /** "he", "him", "she", "her": a person named as subject or object (not "his", "himself"). */
        public boolean personal() {
            return (gender == Gender.MALE || gender == Gender.FEMALE) && (uses.contains("SUBJECT")
                    || uses.contains("OBJECT"));
        }

        /** "it", "they", "them": an organization or place named as subject or object (not "its", "their"). */
        public boolean impersonal() {
            return (gender == Gender.NEUTER || plural) && (uses.contains("SUBJECT") || uses.contains("OBJECT"));
        }
    }

    /**
     * A person's name split into normalized given names and surname; the surname is the word after any particles,
     * so "Vries", "de Vries" and "Anna de Vries" share it. The surname is {@code null} for an empty name.
     */
    public record PersonParts(List<String> given, String surname) {

        public PersonParts {
            given = List.copyOf(given);
        }
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019][sS](?![\\p{L}\\p{N}])");
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})['\u2019](?=\\p{L})");
    /** A name opening with a word hyphenated to the next: "Al-Assad". */
    private static final Pattern HYPHENATED = Pattern.compile("^(?:[Tt]he\\s+)?\\p{L}+\\s*[-\u2010\u2011]");
    /** The first letter of a name, after a leading "The": whether it is capitalized tells "Al Gore" from "al Gore". */
    private static final Pattern FIRST_LETTER = Pattern.compile("^\\s*(?:[Tt]he\\s+)?(\\p{L})");

    /** The lists, read on first use. */
    private static final class Lists {
        static final Set<String> PARTICLES = Lexicon.standard().nameParticles().all();
        static final Set<String> GIVEN_NAME_PARTICLES = Lexicon.standard().nameParticles().alsoGivenNames();
        static final Set<String> SUFFIXES = lower("name-suffixes.txt");
        static final Map<String, String> ACRONYM_SKIP = acronymSkipWords();
        static final Map<String, Pronoun> PRONOUNS = pronouns();
        static final Map<String, Gender> GIVEN_NAMES = EntityLexicon.genders(EntityLexicon.lines("first-names.txt"));
        /** Honorifics and title words, as {@link #tokens} writes them (lower case, no dots): "mr", "president". */
        static final Set<String> FORMS_OF_ADDRESS = formsOfAddress();

        private static Set<String> formsOfAddress() {
            Set<String> out = new HashSet<>();
            EntityLexicon.lines("title-words.txt").forEach(w -> out.addAll(tokens(w)));
            EntityLexicon.genders(EntityLexicon.lines("honorifics.txt")).keySet().forEach(w -> out.addAll(tokens(w)));
            return Set.copyOf(out);
        }

        private static Set<String> lower(String resource) {
            return Set.copyOf(EntityLexicon.lines(resource).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        }

        private static Map<String, String> acronymSkipWords() {
            Map<String, String> out = new HashMap<>();
            for (String[] row : EntityLexicon.rows(EntityLexicon.lines("acronym-skip-words.txt"), 2)) {
                if (!row[1].equals("key") && !row[1].equals("match")) {
                    throw new IllegalStateException("acronym-skip-words.txt: '" + row[0] + "' has scope '" + row[1]
                            + "'; use key (skipped in stored keys too) or match (only in an article's matching)");
                }
                out.put(row[0].toLowerCase(Locale.ROOT), row[1]);
            }
            return Map.copyOf(out);
        }

        private static Map<String, Pronoun> pronouns() {
            Map<String, Pronoun> out = new HashMap<>();
            for (String[] row : EntityLexicon.rows(EntityLexicon.lines("pronouns.txt"), 4)) {
                Gender g;
                try {
                    g = Gender.valueOf(row[1]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("pronouns.txt: '" + row[0] + "' has gender '" + row[1]
                            + "'; use MALE, FEMALE, NEUTER or UNKNOWN", e);
                }
                if (!row[2].equals("SINGULAR") && !row[2].equals("PLURAL")) {
                    throw new IllegalStateException("pronouns.txt: '" + row[0] + "' has number '" + row[2]
                            + "'; use SINGULAR or PLURAL");
                }
                Set<String> uses = Set.of(row[3].split(" "));
                for (String u : uses) {
                    if (!Set.of("SUBJECT", "OBJECT", "POSSESSIVE", "REFLEXIVE").contains(u)) {
                        throw new IllegalStateException("pronouns.txt: '" + row[0] + "' has use '" + u
                                + "'; use SUBJECT, OBJECT, POSSESSIVE or REFLEXIVE, separated by spaces");
                    }
                }
                String w = row[0].toLowerCase(Locale.ROOT);
                out.put(w, new Pronoun(w, g, row[2].equals("PLURAL"), uses));
            }
            return Map.copyOf(out);
        }
    }

    /**
     * The comparable spelling of a whole name: lower case, accents dropped, a possessive "'s" dropped, an
     * apostrophe inside a word dropped ("O'Sullivan" → "osullivan"), other punctuation made a space, spaces
     * collapsed, a leading "the" dropped.
     *
     * <p>Cross-article keys are built from it and stored ({@code entity_keys}); a change here needs a store
     * migration that recomputes them (V003).
     */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = apostrophes(s.toLowerCase(Locale.ROOT)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** The words of {@link #normalize}: "Anna de Vries" → [anna, de, vries]; none for a name of punctuation. */
    public static List<String> tokens(String name) {
        String n = normalize(name == null ? "" : name);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }

    /**
     * Drops a possessive "'s" at the end of a word ("Putin's", "Putin\u2019s") and joins a word an apostrophe
     * splits ("O'Sullivan", "d'Ivoire"); only the possessive goes, not every "'s" ("O'Sullivan" is no "Oullivan").
     */
    private static String apostrophes(String s) {
        return INNER_APOSTROPHE.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll("");
    }

    /**
     * The comparable words of a name as the article's tokens write it: lower case, no dots ("U.S." → us, so an
     * acronym stays one word), no apostrophes or possessives, hyphens and other punctuation split words ("Wal -
     * Mart" and "Wal-Mart" both → wal, mart), "&" kept ("AT&T" → at&t), accents kept, a leading "the" dropped from
     * a name of more words. Unlike {@link #normalize} it reads token by token, so a dotted acronym is not broken
     * into letters; on tokens without dots, "&" or accents, with a possessive split off as the tokenizer splits it
     * ("Putin", "'s"), the two agree. The keys stay {@link #normalize}'s because they are stored.
     */
    public static List<String> words(List<String> written) {
        List<String> out = new ArrayList<>();
        for (String w : written) {
            String t = w.toLowerCase(Locale.ROOT).replace("’", "'").replace(".", "");
            if (t.equals("'s") || t.equals("'")) {
                continue;
            }
            for (String part : t.replace("'", "").split("[^\\p{L}\\p{N}&]+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        if (out.size() > 1 && out.get(0).equals("the")) {
            out.remove(0);
        }
        return out;
    }

    /** "de", "van", "bin": a particle that opens a surname ("de Vries"), in any case ({@code name-particles.tsv}). */
    public static boolean isParticle(String word) {
        return Lists.PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Jr.", "III": a generational suffix that closes a person's name, in any case, dots ignored. */
    public static boolean isSuffix(String word) {
        return Lists.SUFFIXES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * A person's name split into given names and surname, normalized: "Volodymyr Zelensky" → [volodymyr]
     * zelensky; "Zelensky" → [] zelensky; "Martin Luther King Jr." → [martin, luther] king. Surname particles
     * ("Anna de Vries", "Ludwig van der Berg", "Bashar al-Assad") belong to the surname, not to the given names:
     * "Anna de Vries" → [anna] vries, "de Vries" → [] vries. A name that is only particles and a surname is a
     * surname, in any case ("De Vries" at the start of a sentence, "Van der Berg", "Al-Assad"), except for a lone
     * particle that is also a common given name, written capitalized and apart from the surname: "Al Gore" → [al]
     * gore, "Van Morrison" → [van] morrison. Honorifics and title words before the given names are neither
     * ({@code honorifics.txt}, {@code title-words.txt}): "Mr. Obama" and "President Obama" → [] obama, "President
     * Barack Obama" → [barack] obama; the surname is never dropped ("President" alone → [] president).
     */
    public static PersonParts person(String name) {
        List<String> tokens = tokens(name);
        int end = tokens.size();
        while (end > 1 && Lists.SUFFIXES.contains(tokens.get(end - 1))) {
            end--;
        }
        if (end == 0) {
            return new PersonParts(List.of(), null);
        }
        int given = end - 1;
        while (given > 0 && Lists.PARTICLES.contains(tokens.get(given - 1))) {
            given--;
        }
        if (given == 0 && end == 2 && Lists.GIVEN_NAME_PARTICLES.contains(tokens.get(0)) && capitalized(name)
                && !HYPHENATED.matcher(name.strip()).find()) {
            given = 1; // "Al Gore", "Van Morrison"; but "al Gore", "Al-Assad", "Van der Berg" are surnames
        }
        int first = 0;
        while (first < given && Lists.FORMS_OF_ADDRESS.contains(tokens.get(first))) {
            first++; // "Mr. Obama", "President Barack Obama": a title or honorific is no given name
        }
        return new PersonParts(tokens.subList(first, given), tokens.get(end - 1));
    }

    private static boolean capitalized(String name) {
        Matcher m = FIRST_LETTER.matcher(name);
        return m.find() && Character.isUpperCase(m.group(1).codePointAt(0));
    }

    /**
     * "of", "and", "to", "du": a word an article's acronym may skip when it is matched to a name there, where every
     * initial is tried as well ({@code acronym-skip-words.txt}, both scopes).
     */
    public static boolean isAcronymSkipWord(String word) {
        return Lists.ACRONYM_SKIP.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** "USAF", "U.S.", "AT&T": one word of two to eight letters, all capitals (dots and "&" aside). */
    public static boolean isAcronym(String word) {
        String l = word.replace(".", "").replace("&", "");
        return l.length() >= 2 && l.length() <= 8 && l.equals(l.toUpperCase(Locale.ROOT))
                && l.chars().allMatch(Character::isLetter);
    }

    /**
     * The initials a name is known by across articles, lower case: "European Union" → "eu", "Bank of America" →
     * "ba" (only the words of {@code acronym-skip-words.txt} with scope {@code key} skipped: a key is one string,
     * and must not drop the "Du" of "Du Pont Co."); a name written as an acronym is its own ("NATO" → "nato",
     * "U.S." → "us"); a one-word mixed-case name has none ({@code null}). Stored keys are built from it.
     */
    public static String acronym(String name) {
        String stripped = name.strip();
        if (stripped.matches("[A-Z][A-Z.&]{1,9}")) {
            return stripped.replaceAll("[.&]", "").toLowerCase(Locale.ROOT);
        }
        List<String> words = tokens(name);
        if (words.size() < 2) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!"key".equals(Lists.ACRONYM_SKIP.get(w))) {
                b.append(w.charAt(0));
            }
        }
        return b.length() >= 2 ? b.toString() : null;
    }

    /** The third-person pronoun {@code word} is (any case), or {@code null} when it is none ({@code pronouns.txt}). */
    public static Pronoun pronoun(String word) {
        return word == null ? null : Lists.PRONOUNS.get(word.toLowerCase(Locale.ROOT));
    }

    /** Every pronoun of gender {@code g} ("he", "him", "his", "himself" for MALE). */
    public static Set<String> pronounsOf(Gender g) {
        return Set.copyOf(Lists.PRONOUNS.values().stream().filter(p -> p.gender() == g).map(Pronoun::word).toList());
    }

    /**
     * The gender a given name usually implies ({@code first-names.txt}, as written: "Marcia"); {@link
     * Gender#UNKNOWN} when unlisted or listed for both.
     */
    public static Gender givenNameGender(String word) {
        return Lists.GIVEN_NAMES.getOrDefault(word, Gender.UNKNOWN);
    }
}
