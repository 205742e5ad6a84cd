package org.dossier.query;

import org.dossier.model.EventFamily;
import org.dossier.model.EventType;
import org.dossier.timeline.EventKinds;

import java.time.LocalDate;

/**
 * What {@code timeline} asks: events of the entity named {@code entity} (any entity when {@code null}), filed on a day
 * in [{@code from}, {@code to}] (either may be {@code null}), of {@code type} and of {@code family} (any when
 * {@code null}; with neither, every type but OTHER: see {@link EventKinds}), at most {@code limit}, earliest first.
 */
public record TimelineQuery(String entity, LocalDate from, LocalDate to, EventType type, EventFamily family,
                            int limit) {

    /**
     * @throws IllegalArgumentException for a limit below 1, {@code from} after {@code to}, or a type outside the
     *                                  family
     */
    public TimelineQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to + "; swap them");
        }
        new EventKinds(type, family); // checks that the type is of the family
    }

    /** Events of {@code type} only ({@code null}: every type but OTHER). */
    public TimelineQuery(String entity, LocalDate from, LocalDate to, EventType type, int limit) {
        this(entity, from, to, type, null, limit);
    }

    /** The types shown. */
    public EventKinds kinds() {
        return new EventKinds(type, family);
    }
}
