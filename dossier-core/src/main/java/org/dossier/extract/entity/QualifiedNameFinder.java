package org.dossier.extract.entity;

import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds fuller written forms of a name that the text builds around it:
 * <ul>
 *   <li>a place with the region or country it lies in: "Mobile, Alabama", "Toulouse, France" (a list of places,
 *   "Britain, France, Germany", is no such pair: the first place must be neither country nor region, and no
 *   further place may follow);</li>
 *   <li>an organization or place with its owner: "Boeing's Launch Systems", "Singapore's Changi Airport";</li>
 *   <li>a place with the facility noun that follows it: "Heathrow airport";</li>
 *   <li>a facility with the town it is in: "Moscone Center in San Francisco, California".</li>
 * </ul>
 * Stateless.
 */
final class QualifiedNameFinder {

    private static final Set<String> REGIONS = Set.of("STATE_OR_PROVINCE", "COUNTRY");

    private final EntityLexicon lexicon;

    QualifiedNameFinder(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The fuller forms of each mention that has some. */
    Map<NameMention, List<Span>> find(String text, List<NameMention> mentions, List<LabelledSentence> sentences) {
        Map<NameMention, List<Span>> out = new LinkedHashMap<>();
        for (int k = 0; k < mentions.size(); k++) {
            NameMention m = mentions.get(k);
            LabelledSentence s = sentences.get(m.sentence());
            NameMention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
            if (next != null && next.sentence() == m.sentence() && next.from() == m.to() + 1) {
                if (placeInRegion(s, m, next)) {
                    add(out, m, Span.of(text, m.span().start(), next.span().end()));
                }
                if (owned(s, m, next)) {
                    add(out, next, Span.of(text, m.span().start(), next.span().end()));
                }
            }
            boolean withNoun = m.type() == EntityType.LOCATION && m.to() < s.size() && facilityNoun(s, m.to());
            if (withNoun) {
                add(out, m, Span.of(text, m.span().start(), s.token(m.to()).end()));
            }
            boolean facility = withNoun || m.type() == EntityType.LOCATION
                    && lexicon.isLocationHead(m.words().get(m.words().size() - 1));
            int in = withNoun ? m.to() + 1 : m.to();
            if (facility && in + 1 < s.size() && s.lower(in).equals("in")) {
                Span town = townAt(s, mentions, k, in + 1);
                if (town != null) {
                    add(out, m, Span.of(text, m.span().start(), town.end()));
                }
            }
        }
        return out;
    }

    /** The place mention starting at token {@code at}, with the region after it ("San Francisco, California"). */
    private Span townAt(LabelledSentence s, List<NameMention> mentions, int after, int at) {
        for (int j = after + 1; j < mentions.size() && mentions.get(j).sentence() == s.sentence().index(); j++) {
            NameMention town = mentions.get(j);
            if (town.from() == at && town.type() == EntityType.LOCATION) {
                NameMention region = j + 1 < mentions.size() ? mentions.get(j + 1) : null;
                if (region != null && region.sentence() == town.sentence() && region.from() == town.to() + 1
                        && placeInRegion(s, town, region)) {
                    return new Span(town.span().start(), region.span().end(), "");
                }
                return town.span();
            }
        }
        return null;
    }

    private static void add(Map<NameMention, List<Span>> out, NameMention m, Span form) {
        out.computeIfAbsent(m, k -> new ArrayList<>()).add(form);
    }

    private static boolean placeInRegion(LabelledSentence s, NameMention place, NameMention region) {
        return place.type() == EntityType.LOCATION && !region(place.subtype())
                && region.type() == EntityType.LOCATION && region(region.subtype())
                && s.word(place.to()).equals(",") && !listContinues(s, region.to())
                && !(place.from() >= 2 && s.word(place.from() - 1).equals(",") && s.labelled(place.from() - 2));
    }

    private static boolean owned(LabelledSentence s, NameMention owner, NameMention owned) {
        return owner.type() != EntityType.PERSON && owner.type() != EntityType.MISC
                && (owned.type() == EntityType.ORGANIZATION || owned.type() == EntityType.LOCATION)
                && s.token(owner.to()).pos().equals("POS");
    }

    private boolean facilityNoun(LabelledSentence s, int i) {
        String w = s.word(i);
        return s.token(i).pos().equals("NN") && !s.capitalized(i) && !s.labelled(i)
                && lexicon.isLocationHead(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }

    private static boolean region(String subtype) {
        return subtype != null && REGIONS.contains(subtype);
    }

    /** "Britain, France, Germany", "the Middle East, China and elsewhere": the pair is part of a list. */
    private static boolean listContinues(LabelledSentence s, int after) {
        int i = after;
        if (i < s.size() && s.word(i).equals(",")) {
            i++;
        }
        if (i < s.size() && (s.lower(i).equals("and") || s.lower(i).equals("or"))) {
            return true;
        }
        return i > after && i < s.size() && s.type(i) == EntityType.LOCATION;
    }
}
