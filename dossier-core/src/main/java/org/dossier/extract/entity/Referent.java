package org.dossier.extract.entity;

import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One real-world referent while the article is being resolved: its name mentions, the pronouns and descriptions
 * resolved to it, its titles, the fuller written forms of its name and what is known of its gender. Working state
 * of one extraction, never shared.
 */
final class Referent {

    private final List<NameMention> names = new ArrayList<>();
    private final List<Span> references = new ArrayList<>();
    private final List<Title> titles = new ArrayList<>();
    private final List<Span> nameForms = new ArrayList<>();
    private Gender gender = Gender.UNKNOWN;

    void addName(NameMention m) {
        names.add(m);
        names.sort(Comparator.comparing(NameMention::span));
    }

    void addReference(Span s) {
        references.add(s);
    }

    void addTitle(Title t) {
        titles.add(t);
    }

    /** A written form of the name beyond its mentions: "Mobile, Alabama", "President Vladimir Putin". */
    void addNameForm(Span s) {
        nameForms.add(s);
    }

    List<NameMention> names() {
        return names;
    }

    List<Span> references() {
        return references;
    }

    List<Title> titles() {
        return titles;
    }

    List<Span> nameForms() {
        return nameForms;
    }

    Gender gender() {
        return gender;
    }

    /** Records gender evidence; the first definite evidence wins. */
    void learnGender(Gender g) {
        if (gender == Gender.UNKNOWN) {
            gender = g;
        }
    }

    /** The fullest name: most comparable words, then the longest as written, then the first. */
    NameMention fullest() {
        NameMention best = null;
        for (NameMention m : names) {
            if (best == null || fuller(m, best)) {
                best = m;
            }
        }
        return best;
    }

    private static boolean fuller(NameMention a, NameMention b) {
        int wa = NameForm.of(a.words()).size();
        int wb = NameForm.of(b.words()).size();
        if (wa != wb) {
            return wa > wb;
        }
        return a.span().length() > b.span().length();
    }

    /** The type most of its names carry; a tie goes to the fullest name's type. */
    EntityType type() {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (NameMention m : names) {
            votes.merge(m.type(), 1, Integer::sum);
        }
        EntityType fullestType = fullest().type();
        EntityType best = fullestType;
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The place subtype most of its names carry, or {@code null}. */
    String subtype() {
        if (type() != EntityType.LOCATION) {
            return null;
        }
        Map<String, Integer> votes = new TreeMap<>();
        for (NameMention m : names) {
            if (m.subtype() != null) {
                votes.merge(m.subtype(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    int firstOffset() {
        int first = Integer.MAX_VALUE;
        for (NameMention m : names) {
            first = Math.min(first, m.span().start());
        }
        for (Span s : references) {
            first = Math.min(first, s.start());
        }
        return first;
    }
}
