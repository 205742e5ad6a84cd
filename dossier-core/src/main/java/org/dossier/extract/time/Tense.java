package org.dossier.extract.time;

/** The tense of the clause a temporal expression modifies, as far as the part-of-speech tags tell. */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
