package org.dossier.model;

/** The coarse entity types of {@code dossier/1}. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
