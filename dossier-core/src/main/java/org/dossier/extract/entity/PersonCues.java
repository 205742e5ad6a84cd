package org.dossier.extract.entity;

import java.util.List;

/**
 * What the words around one person mention tell about the person.
 *
 * @param titles the titles attached to the mention
 * @param gender from an honorific before it ("Mrs. Clinton") or the given name in it ("Bill Clinton")
 */
record PersonCues(List<Title> titles, Gender gender) {

    static final PersonCues NONE = new PersonCues(List.of(), Gender.UNKNOWN);

    PersonCues {
        titles = List.copyOf(titles);
    }
}
