package org.dossier.extract.entity;

/**
 * Grammatical gender of a referent, as far as first names, honorifics and pronouns tell it: a person's MALE or
 * FEMALE, NEUTER for a thing ("it": an organization or place), UNKNOWN when nothing tells.
 */
public enum Gender {
    MALE, FEMALE, NEUTER, UNKNOWN;

    /** Whether a referent of this gender may be called by a pronoun of gender {@code other}. */
    public boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
