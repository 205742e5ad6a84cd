package org.dossier.query;

import org.dossier.model.EventType;

import java.time.LocalDate;

/**
 * What {@code timeline} asks: events of the entity named {@code entity} (any entity when {@code null}), filed on a day
 * in [{@code from}, {@code to}] (either may be {@code null}), of {@code type} (any when {@code null}), at most
 * {@code limit}, earliest first.
 */
public record TimelineQuery(String entity, LocalDate from, LocalDate to, EventType type, int limit) {

    public TimelineQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to + "; swap them");
        }
    }
}
