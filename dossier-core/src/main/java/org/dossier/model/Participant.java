package org.dossier.model;

/**
 * An entity taking part in an event.
 *
 * @param entity entity id
 * @param role   {@code source} (who acts), {@code target} (who is acted on or met) or {@code other}
 */
public record Participant(String entity, String role) {
}
