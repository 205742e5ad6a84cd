package org.dossier.extract.entity;

import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns resolved referents into {@link Entity} records: ids {@code E1, E2, ...} in order of first mention, the
 * fullest name as {@code name}, every other name form as an alias (short forms, acronyms, "City, Region",
 * "Title Name"), titles (as written, then the bare role when it
 * differs), and every mention in text order. Stateless.
 */
final class EntityAssembler {

    List<Entity> assemble(List<Referent> referents) {
        List<Referent> ordered = new ArrayList<>(referents);
        ordered.sort(Comparator.comparingInt(Referent::firstOffset));
        List<Entity> out = new ArrayList<>();
        for (Referent r : ordered) {
            EntityType type = r.type();
            NameMention name = r.fullest();
            out.add(new Entity("E" + (out.size() + 1), type, r.subtype(), name.span().text(), aliases(r, name),
                    type == EntityType.PERSON ? titles(r) : List.of(), mentions(r)));
        }
        return out;
    }

    private static List<String> aliases(Referent r, NameMention name) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(NameForm.of(name.words()).key());
        List<String> out = new ArrayList<>();
        for (NameMention m : r.names()) {
            if (seen.add(NameForm.of(m.words()).key())) {
                out.add(m.span().text());
            }
        }
        for (Span q : r.nameForms()) {
            if (seen.add(NameForm.of(List.of(q.text().split("\\s+"))).key())) {
                out.add(q.text());
            }
        }
        return out;
    }

    private static List<String> titles(Referent r) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        List<Title> ordered = new ArrayList<>(r.titles());
        ordered.sort(Comparator.comparing(Title::span));
        for (Title t : ordered) {
            if (seen.add(t.span().text().toLowerCase(Locale.ROOT))) {
                out.add(t.span().text());
            }
        }
        for (Title t : ordered) {
            if (seen.add(t.role().toLowerCase(Locale.ROOT))) {
                out.add(t.role());
            }
        }
        return out;
    }

    private static List<Span> mentions(Referent r) {
        TreeSet<Span> spans = new TreeSet<>();
        r.names().forEach(m -> spans.add(m.span()));
        spans.addAll(r.references());
        return List.copyOf(spans);
    }
}
