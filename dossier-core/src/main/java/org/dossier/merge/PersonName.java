package org.dossier.merge;

import org.dossier.extract.entity.Names;

import java.util.List;

/**
 * A person's name split into normalized given names and surname, as the names API splits it ({@link Names#person}):
 * "Volodymyr Zelensky" → [volodymyr] zelensky; "Anna de Vries" → [anna] vries; "Al Gore" → [al] gore. What merging
 * adds is the comparison ({@link #compatibleWith}).
 */
public record PersonName(List<String> given, String surname) {

    public PersonName {
        given = List.copyOf(given);
    }

    public static PersonName parse(String name) {
        Names.PersonParts p = Names.person(name);
        return new PersonName(p.given(), p.surname());
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
