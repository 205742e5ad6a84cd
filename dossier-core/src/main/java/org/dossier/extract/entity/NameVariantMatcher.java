package org.dossier.extract.entity;

import org.dossier.model.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a shorter name can stand for the same referent as a fuller one in the same article:
 * <ul>
 *   <li>people: the surname or the given name alone, or the name without its middle ("Mark" for "Mark Rutte");</li>
 *   <li>organizations: the name without its tail or legal form ("Boeing" for "Boeing Commercial Airplanes", "Aer
 *   Lingus" for "Aer Lingus Group PLC", but not "EU" for the "EU Council"), its last two or more words ("Air
 *   Force"), an all-capital word inside it, its initials ("GAO"), or its initials after a place's acronym the
 *   article uses ("USAF" for "Air Force" beside "U.S.");</li>
 *   <li>places: the name before "of" ("United States" for "United States of America") or its initials ("U.S.");</li>
 *   <li>any acronym the text expands ("( USAF )").</li>
 * </ul>
 * Immutable.
 */
final class NameVariantMatcher {

    private static final Set<String> INSTITUTIONS = Set.of("body", "court", "government", "agency", "military",
            "party", "institute", "alliance");

    private final EntityLexicon lexicon;
    private final Set<List<String>> linkedPairs = new HashSet<>();
    /** The short forms of {@link #linkedPairs}. */
    private final Set<String> linkedShortForms = new HashSet<>();
    private final Set<String> placeAcronyms;

    /**
     * @param links         acronyms the text expands
     * @param placeAcronyms places the text names by acronym ("us"), which may open an institution's acronym
     */
    NameVariantMatcher(EntityLexicon lexicon, List<NameLink> links, Set<String> placeAcronyms) {
        this.lexicon = lexicon;
        this.placeAcronyms = Set.copyOf(placeAcronyms);
        for (NameLink l : links) {
            linkedPairs.add(List.of(NameForm.of(l.shortForm()).key(), NameForm.of(l.longForm()).key()));
            linkedShortForms.add(NameForm.of(l.shortForm()).key());
        }
    }

    /**
     * Whether {@code shorter} may be a variant of a name it shares no word with (an acronym, a short form the
     * text expands, a name without words); every other variant shares a word with the fuller name.
     */
    boolean mayMatchWithoutSharedWord(NameForm shorter) {
        return shorter.size() == 0 || shorter.acronym() || linkedShortForms.contains(shorter.key());
    }

    /** Whether {@code shorter} (of type {@code st}) may name the referent named {@code fuller} (of type {@code ft}). */
    boolean variant(NameForm shorter, EntityType st, NameForm fuller, EntityType ft) {
        if (shorter.size() == 0 || shorter.key().equals(fuller.key())) {
            return shorter.size() > 0 && compatible(st, ft);
        }
        if (st != EntityType.PERSON && ft != EntityType.PERSON
                && linkedPairs.contains(List.of(shorter.key(), fuller.key()))) {
            return true;
        }
        if (st == EntityType.PERSON || ft == EntityType.PERSON) {
            return st == ft && personVariant(shorter.words(), fuller.words());
        }
        if (st == EntityType.MISC || ft == EntityType.MISC) {
            return false;
        }
        if (shorter.acronym() && initialsMatch(shorter.words().get(0), fuller.words())) {
            return true;
        }
        if (st != ft) {
            return false;
        }
        return st == EntityType.ORGANIZATION ? organizationVariant(shorter, fuller)
                : placeVariant(shorter.words(), fuller.words());
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || a != EntityType.PERSON && b != EntityType.PERSON && a != EntityType.MISC
                && b != EntityType.MISC;
    }

    private static boolean personVariant(List<String> s, List<String> f) {
        if (s.size() >= f.size()) {
            return false;
        }
        if (s.size() == 1) {
            return s.get(0).equals(f.get(0)) || s.get(0).equals(f.get(f.size() - 1));
        }
        if (s.size() == 2 && s.get(0).equals(f.get(0)) && s.get(1).equals(f.get(f.size() - 1))) {
            return true;
        }
        return f.subList(f.size() - s.size(), f.size()).equals(s);
    }

    private boolean organizationVariant(NameForm shorter, NameForm fuller) {
        List<String> s = shorter.words();
        List<String> f = fuller.words();
        List<String> sCore = core(s);
        List<String> fCore = core(f);
        if (sCore.isEmpty()) {
            return false;
        }
        if (sCore.size() < s.size()) {
            return sCore.equals(fCore); // "Aer Lingus PLC" only matches the same name in another legal form
        }
        if (s.size() < f.size() && f.subList(0, s.size()).equals(s)) {
            return !institution(fuller); // "EU Council" is a body of the EU, not the EU
        }
        if (s.size() >= 2 && s.size() < f.size() && f.subList(f.size() - s.size(), f.size()).equals(s)) {
            return true;
        }
        return shorter.acronym() && (f.contains(s.get(0)) || placeQualified(s.get(0), f));
    }

    /** "usaf" for "air force" where the article names the "us": a national institution's acronym. */
    private boolean placeQualified(String acronym, List<String> fuller) {
        for (String place : placeAcronyms) {
            if (acronym.length() > place.length() + 1 && acronym.startsWith(place)
                    && initialsMatch(acronym.substring(place.length()), fuller)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name ends in a word for a body within a larger organization ("Council", "Court", "Force"). */
    private boolean institution(NameForm name) {
        String kind = lexicon.organizationKind(name.original().get(name.original().size() - 1));
        return kind != null && INSTITUTIONS.contains(kind);
    }

    private static boolean placeVariant(List<String> s, List<String> f) {
        return s.size() < f.size() && f.subList(0, s.size()).equals(s) && f.get(s.size()).equals("of");
    }

    private List<String> core(List<String> words) {
        int end = words.size();
        while (end > 1 && lexicon.isCorporateSuffix(words.get(end - 1))) {
            end--;
        }
        return words.subList(0, end);
    }

    /** "gao" for government accountability office, "usa" for united states of america, "us" for its head. */
    private static boolean initialsMatch(String acronym, List<String> fuller) {
        if (fuller.size() < 2) {
            return false;
        }
        StringBuilder content = new StringBuilder();
        StringBuilder all = new StringBuilder();
        StringBuilder head = new StringBuilder();
        boolean inHead = true;
        for (String w : fuller) {
            all.append(w.charAt(0));
            inHead &= !w.equals("of");
            if (!Names.isAcronymSkipWord(w)) {
                content.append(w.charAt(0));
                if (inHead) {
                    head.append(w.charAt(0));
                }
            }
        }
        return acronym.equals(content.toString()) || acronym.equals(all.toString())
                || head.length() >= 2 && head.length() < content.length() && acronym.equals(head.toString());
    }
}
