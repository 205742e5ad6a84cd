package org.dossier.merge;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name split into given names and surname, normalized: "Volodymyr Zelensky" → [volodymyr] zelensky;
 * "Zelensky" → [] zelensky; "Martin Luther King Jr." → [martin, luther] king. Surname particles ("Anna de Vries",
 * "Ludwig van der Berg", "Bashar al-Assad") belong to the surname, not to the given names: "Anna de Vries" →
 * [anna] vries, "de Vries" → [] vries. The surname compared is the word after them, so "Vries", "de Vries" and "Anna
 * de Vries" agree. A name that is only particles and a surname is a surname, in any case ("De Vries" at the start
 * of a sentence, "Van der Berg", "Al-Assad"), except for a lone particle that is also a common given name, written
 * apart from the surname: "Al Gore" → [al] gore, "Van Morrison" → [van] morrison.
 */
public record PersonName(List<String> given, String surname) {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** As the entity layer's name-particles.txt. */
    private static final Set<String> PARTICLES = Set.of("al", "bin", "ibn", "da", "das", "de", "del", "della", "den",
            "der", "des", "di", "dos", "du", "el", "la", "le", "ten", "ter", "van", "von", "zu");
    /** Particles that are also common given names: "Al Gore", "Van Morrison". */
    private static final Set<String> GIVEN_NAME_PARTICLES = Set.of("al", "van");
    /** A name opening with a word hyphenated to the next: "Al-Assad". */
    private static final Pattern HYPHENATED = Pattern.compile("^(?:[Tt]he\\s+)?\\p{L}+\\s*[-\u2010\u2011]");

    /** The first letter of a name, after a leading "The": whether it is capitalized tells "Al Gore" from "al Gore". */
    private static final Pattern FIRST_LETTER = Pattern.compile("^\\s*(?:[Tt]he\\s+)?(\\p{L})");

    public static PersonName parse(String name) {
        String n = NameKeys.normalize(name == null ? "" : name);
        List<String> tokens = n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
        int end = tokens.size();
        while (end > 1 && SUFFIXES.contains(tokens.get(end - 1))) {
            end--;
        }
        if (end == 0) {
            return new PersonName(List.of(), null);
        }
        int given = end - 1;
        while (given > 0 && PARTICLES.contains(tokens.get(given - 1))) {
            given--;
        }
        if (given == 0 && end == 2 && GIVEN_NAME_PARTICLES.contains(tokens.get(0)) && capitalized(name)
                && !HYPHENATED.matcher(name.strip()).find()) {
            given = 1; // "Al Gore", "Van Morrison"; but "al Gore", "Al-Assad", "Van der Berg" are surnames
        }
        return new PersonName(List.copyOf(tokens.subList(0, given)), tokens.get(end - 1));
    }

    private static boolean capitalized(String name) {
        Matcher m = FIRST_LETTER.matcher(name);
        return m.find() && Character.isUpperCase(m.group(1).codePointAt(0));
    }

    /** Whether both names have given names or initials. */
    public boolean isFull() {
        return !given.isEmpty();
    }

    /**
     * Whether the two can name the same person: the same surname, and given names that agree where both have them
     * ("j" agrees with "john"; "john" and "jane" do not).
     */
    public boolean compatibleWith(PersonName other) {
        if (surname == null || !surname.equals(other.surname)) {
            return false;
        }
        if (given.isEmpty() || other.given.isEmpty()) {
            return true;
        }
        String a = given.get(0);
        String b = other.given.get(0);
        return a.equals(b) || (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
    }
}
