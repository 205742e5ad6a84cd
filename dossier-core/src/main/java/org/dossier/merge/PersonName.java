package org.dossier.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name split into given names and surname, normalized: "Volodymyr Zelensky" → [volodymyr] zelensky;
 * "Zelensky" → [] zelensky; "Martin Luther King Jr." → [martin, luther] king. Surname particles ("Anna de Vries",
 * "Ludwig van der Berg", "Bashar al-Assad") belong to the surname, not to the given names: "Anna de Vries" →
 * [anna] vries, "de Vries" → [] vries. The surname compared is the word after them, so "Vries", "de Vries" and "Anna
 * de Vries" agree. A capitalized particle opening the name stays a given name ("Al Gore", "Van Morrison").
 */
public record PersonName(List<String> given, String surname) {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** As the entity layer's name-particles.txt. */
    private static final Set<String> PARTICLES = Set.of("al", "bin", "ibn", "da", "das", "de", "del", "della", "den",
            "der", "des", "di", "dos", "du", "el", "la", "le", "ten", "ter", "van", "von", "zu");

    public static PersonName parse(String name) {
        List<String> written = written(name == null ? "" : name);
        List<String> tokens = written.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        int end = tokens.size();
        while (end > 1 && SUFFIXES.contains(tokens.get(end - 1))) {
            end--;
        }
        if (end == 0) {
            return new PersonName(List.of(), null);
        }
        int given = end - 1;
        while (given > 0 && PARTICLES.contains(tokens.get(given - 1))
                && (given > 1 || Character.isLowerCase(written.get(0).codePointAt(0)))) {
            given--;
        }
        return new PersonName(List.copyOf(tokens.subList(0, given)), tokens.get(end - 1));
    }

    /** The words of the name as {@link NameKeys#normalize} splits them, with their case. */
    private static List<String> written(String name) {
        String s = NameKeys.apostrophes(Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", ""))
                .strip();
        List<String> out = new ArrayList<>(Arrays.asList(s.split("[^\\p{L}\\p{N}]+")));
        out.removeIf(String::isEmpty);
        if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) {
            out.remove(0);
        }
        return out;
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
