package org.dossier.timeline;

import org.dossier.model.EventFamily;
import org.dossier.model.EventType;

import java.util.Arrays;
import java.util.List;

/**
 * Which event types a timeline shows: one {@code type}, the types of one {@code family}, or, with neither, every
 * type but {@link EventType#OTHER} (an eventive word that fits no type is kept in the record for merging, shown only
 * when asked for: {@code --type OTHER} or {@code --family other}). Every timeline (over files, over the store, on
 * the web and in the API) decides through this one rule.
 *
 * @param type   only this type, or {@code null}
 * @param family only types of this family, or {@code null}
 */
public record EventKinds(EventType type, EventFamily family) {

    /** Every type but OTHER. */
    public static final EventKinds DEFAULT = new EventKinds(null, null);

    /**
     * @throws IllegalArgumentException when {@code type} is not of {@code family} (the two would show nothing)
     */
    public EventKinds {
        if (type != null && family != null && type.family() != family) {
            throw new IllegalArgumentException("type " + type + " is of the family " + type.family().cliName()
                    + ", not " + family.cliName() + "; give one of --type and --family, or matching ones");
        }
    }

    public static EventKinds of(EventType type) {
        return new EventKinds(type, null);
    }

    /** Whether an event of type {@code t} is shown. */
    public boolean keeps(EventType t) {
        if (type != null) {
            return t == type;
        }
        if (family != null) {
            return t.family() == family;
        }
        return t != EventType.OTHER;
    }

    /** The types shown, in declaration order (for SQL {@code IN} lists). */
    public List<EventType> types() {
        return Arrays.stream(EventType.values()).filter(this::keeps).toList();
    }

    /** True when neither a type nor a family was asked for. */
    public boolean isDefault() {
        return type == null && family == null;
    }
}
