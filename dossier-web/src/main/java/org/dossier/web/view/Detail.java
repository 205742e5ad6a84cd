package org.dossier.web.view;

import java.util.List;

/**
 * The record behind one highlight: {@code ref} ties it to the pieces of text it covers, {@code kind} is
 * {@code entity}, {@code date}, {@code quote}, {@code claim} or {@code event}, {@code link} a page about it (or
 * {@code null}).
 */
public record Detail(String ref, String kind, String heading, List<Field> fields, String link) {

    public Detail {
        fields = List.copyOf(fields);
    }

    /** One line for a tooltip. */
    public String summary() {
        StringBuilder b = new StringBuilder(heading);
        for (Field f : fields) {
            b.append(" · ").append(f.name()).append(": ").append(f.value());
        }
        return b.toString();
    }
}
