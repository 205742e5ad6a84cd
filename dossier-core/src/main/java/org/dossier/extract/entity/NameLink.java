package org.dossier.extract.entity;

import java.util.List;

/** The text says {@code shortForm} abbreviates {@code longForm}, as in "the United States Air Force ( USAF )". */
record NameLink(List<String> shortForm, List<String> longForm) {

    NameLink {
        shortForm = List.copyOf(shortForm);
        longForm = List.copyOf(longForm);
    }
}
