package org.dossier.extract.entity;

/** Grammatical gender of a person referent, as far as first names, honorifics and pronouns tell it. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Whether a referent of this gender may be called by a pronoun of gender {@code other}. */
    boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
