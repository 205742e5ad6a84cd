package org.dossier.web;

import io.javalin.http.Context;
import org.dossier.model.EventFamily;
import org.dossier.model.EventType;
import org.dossier.query.ArticleFilter;
import org.dossier.query.TimelineQuery;
import org.dossier.timeline.EventKinds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Query parameters, read with a 400 that names the parameter, the bad value and what is accepted. */
final class Params {

    static final int MAX_LIMIT = 1000;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameter's value, stripped; {@code null} when absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > 500) {
            throw WebError.badRequest("parameter '" + name + "' is " + v.length() + " characters long; at most 500");
        }
        return v.strip();
    }

    String required(String name) {
        String v = text(name);
        if (v == null) {
            throw WebError.badRequest("parameter '" + name + "' is required");
        }
        return v;
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw WebError.badRequest("parameter '" + name + "': '" + v + "' is not a date; write it as 2024-12-18");
        }
    }

    int integer(String name, int dflt, int min, int max) {
        String v = text(name);
        if (v == null) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw WebError.badRequest("parameter '" + name + "': '" + v + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw WebError.badRequest("parameter '" + name + "' must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    int limit(int dflt) {
        return integer("limit", dflt, 1, MAX_LIMIT);
    }

    int offset() {
        return integer("offset", 0, 0, 1_000_000);
    }

    EventType eventType(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return EventType.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest("parameter '" + name + "': '" + v + "' is not an event type; one of "
                    + Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    String oneOf(String name, Set<String> allowed) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        String up = v.toUpperCase(Locale.ROOT);
        if (!allowed.contains(up)) {
            throw WebError.badRequest("parameter '" + name + "': '" + v + "' is not one of "
                    + allowed.stream().sorted().collect(Collectors.joining(", ")));
        }
        return up;
    }

    /** The {@code from}, {@code to}, {@code entity}, {@code type} and {@code source} filters. */
    ArticleFilter filter() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw WebError.badRequest("parameter 'from' (" + from + ") is after 'to' (" + to + "); swap them");
        }
        return new ArticleFilter(from, to, text("entity"), eventType("type"), text("source"));
    }

    /** The {@code family} parameter: an event family ({@code disaster}, {@code material-conflict}, ...). */
    EventFamily family() {
        String v = text("family");
        if (v == null) {
            return null;
        }
        try {
            return EventFamily.parse(v);
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest("parameter 'family': '" + v + "' is not an event family; one of "
                    + EventFamily.names());
        }
    }

    /** The types a timeline shows: {@code type}, {@code family}, or every type but OTHER. */
    EventKinds kinds(EventType type) {
        EventFamily family = family();
        try {
            return new EventKinds(type, family);
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest("parameters 'type' and 'family': " + e.getMessage().replace("--", ""));
        }
    }

    /** The timeline the filters and {@code family} ask for. */
    TimelineQuery timeline(ArticleFilter f, int dflt) {
        EventKinds kinds = kinds(f.eventType());
        return new TimelineQuery(f.entity(), f.from(), f.to(), kinds.type(), kinds.family(), limit(dflt));
    }

    /** A path parameter that is a corpus event number. */
    long corpusEventId(String name) {
        return positiveId(name, "event", "/api/corpus-events");
    }

    /** A path parameter that is a corpus entity number. */
    long entityId(String name) {
        return positiveId(name, "entity", "/api/entities or /api/search");
    }

    /** A path parameter that is a positive whole number: the id of a {@code what}, listed by {@code listedBy}. */
    private long positiveId(String name, String what, String listedBy) {
        String v = ctx.pathParam(name);
        try {
            long id = Long.parseLong(v);
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw WebError.badRequest(what + " id '" + v + "' is not a positive whole number; " + what
                    + " ids come from " + listedBy);
        }
    }
}
