package org.dossier.extract.entity;

import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.ArrayList;
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

    /** The fullest name so far ({@link #fullest}), kept as names are added. */
    private NameMention fullest;
    private int fullestWords;
    /** How many names carry each type. */
    private final Map<EntityType, Integer> typeVotes = new EnumMap<>(EntityType.class);

    /**
     * Adds a name, kept in text order (after the names of the same span); the fullest name and the type votes
     * are kept up to date here, so that asking for them costs nothing however many names the referent has.
     */
    void addName(NameMention m) {
        int at = names.size();
        while (at > 0 && names.get(at - 1).span().compareTo(m.span()) > 0) {
            at--; // names mostly come in text order: the place is at or near the end
        }
        names.add(at, m);
        int words = NameForm.of(m.words()).size();
        // the first of the fullest names in text order: m takes the place when fuller, or as full and before it
        if (fullest == null || words > fullestWords
                || words == fullestWords && (m.span().length() > fullest.span().length()
                || m.span().length() == fullest.span().length() && m.span().compareTo(fullest.span()) < 0)) {
            fullest = m;
            fullestWords = words;
        }
        typeVotes.merge(m.type(), 1, Integer::sum);
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
        return fullest;
    }

    /** The type most of its names carry; a tie goes to the fullest name's type. */
    EntityType type() {
        EntityType best = fullest().type();
        for (Map.Entry<EntityType, Integer> e : typeVotes.entrySet()) {
            if (e.getValue() > typeVotes.get(best)) {
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
