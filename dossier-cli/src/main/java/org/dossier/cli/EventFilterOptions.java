package org.dossier.cli;

import org.dossier.model.EventFamily;
import org.dossier.model.EventType;
import org.dossier.query.TimelineQuery;
import org.dossier.timeline.EventDate;
import org.dossier.timeline.EventKinds;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The event filters {@code timeline} and {@code conflicts} share: {@code --entity}, {@code --from}, {@code --to},
 * {@code --type} and {@code --family}, each read with a usage error that names the option, the bad value and what
 * it takes.
 */
final class EventFilterOptions {

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only events in which NAME (a name, alias or mention of an entity) takes part or is the place.")
    String entity;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after DATE (2024, 2024-12, 2024-12-18).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before DATE (2024, 2024-12, 2024-12-18).")
    String to;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only events of TYPE (VISIT, MEETING, ATTACK, DEATH, "
            + "JUSTICE, ...); OTHER, the eventive words that fit no type, is shown only when asked for by type or family.")
    String type;

    @Option(names = "--family", paramLabel = "FAMILY", description = "Only events of the types of FAMILY: "
            + "verbal-cooperation, material-cooperation, verbal-conflict, material-conflict (CAMEO's quad classes), "
            + "life, disaster, justice, politics, economy, movement, contest, or other (the eventive words that fit "
            + "no type).")
    String family;

    /** The first day asked for, or {@code null}. */
    LocalDate first(CommandLine cl) {
        return day(cl, "--from", from, false);
    }

    /** The last day asked for, or {@code null}; a usage error when it is before the first. */
    LocalDate last(CommandLine cl) {
        LocalDate first = first(cl);
        LocalDate last = day(cl, "--to", to, true);
        if (first != null && last != null && last.isBefore(first)) {
            throw new CommandLine.ParameterException(cl, "--to " + to + " is before --from " + from + "; swap them");
        }
        return last;
    }

    /** The store question these filters ask, at most {@code limit} rows. */
    TimelineQuery query(CommandLine cl, int limit) {
        EventKinds kinds = kinds(cl);
        try {
            return new TimelineQuery(entity, first(cl), last(cl), kinds.type(), kinds.family(), limit);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /** The types to show: {@code --type}, {@code --family}, or every type but OTHER. */
    EventKinds kinds(CommandLine cl) {
        EventType t = eventType(cl);
        EventFamily f = null;
        if (family != null) {
            try {
                f = EventFamily.parse(family);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--family '" + family
                        + "' is not an event family; use one of " + EventFamily.names());
            }
        }
        try {
            return new EventKinds(t, f);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--" + e.getMessage());
        }
    }

    private EventType eventType(CommandLine cl) {
        if (type == null) {
            return null;
        }
        try {
            return EventType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--type '" + type + "' is not an event type; "
                    + "use one of " + Arrays.toString(EventType.values()));
        }
    }

    /** A day from a partial ISO date: its first day, or with {@code end} its last ("2024-12" → 2024-12-31). */
    private static LocalDate day(CommandLine cl, String option, String value, boolean end) {
        if (value == null) {
            return null;
        }
        return EventDate.parse(value)
                .map(d -> end ? d.last() : d.first())
                .orElseThrow(() -> new CommandLine.ParameterException(cl, option + " '" + value
                        + "' is not an ISO date; write 2024, 2024-12 or 2024-12-18"));
    }
}
