package org.dossier.merge;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A person's name split into given names and surname, normalized: "Volodymyr Zelensky" → [volodymyr] zelensky;
 * "Zelensky" → [] zelensky; "Martin Luther King Jr." → [martin, luther] king.
 */
public record PersonName(List<String> given, String surname) {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

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
        return new PersonName(List.copyOf(tokens.subList(0, end - 1)), tokens.get(end - 1));
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
