package org.dossier.extract.event;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.ModalityLexicon;
import org.dossier.model.EventType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the event triggers of a sentence and types each by its sense in context: event verbs heading a clause (a
 * phrasal one with its particle), light verbs with an event noun as object ("held talks": one event, typed by the
 * noun), event nouns anchored in the sentence by a possessor, a determiner, a modifier or a governing word, and
 * predicative event adjectives ("found dead"). An event noun that only names the manner of the verb it hangs on
 * ("said in a statement") is the verb's event, not a second one.
 *
 * <p>A word's type comes first from its senses ({@link EventSenses}: its arguments, the construction, the article's
 * domain), then from its entry in the event lexicon; an eventive verb or noun that neither types is {@code OTHER}.
 * Verbs of state, perception and opinion ("be", "know", "seem", the class {@code state-verb}) and the governors of a
 * modality ("expected to", "plans to": the kernel's modality lexicon) are no events of their own.
 */
final class TriggerFinder {

    private static final Set<String> NOT_A_CLAUSE = Set.of("case", "mark", "fixed", "compound", "amod", "det",
            "nmod:poss", "cop", "flat", "discourse", "goeswith");

    private final EventLexicon lexicon;
    private final EventSenses senses;
    private final ModalityLexicon modality;

    TriggerFinder(EventLexicon lexicon, EventSenses senses, ModalityLexicon modality) {
        this.lexicon = lexicon;
        this.senses = senses;
        this.modality = modality;
    }

    /** The triggers of a sentence of an article whose domain is {@code domain} (null: none stands out). */
    List<Trigger> find(DependencyTree s, String domain) {
        List<Trigger> out = new ArrayList<>();
        boolean titleCase = titleCase(s);
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.isVerb(i) || isAuxiliary(s, i)) {
                continue;
            }
            if (s.relation(i).equals("amod") && s.pos(i).equals("VBN")) {
                if (knownEventVerb(s.lowerLemma(i))) {
                    // "the injured ankle", "stolen jewellery": it happened, but the phrase is about the thing
                    out.add(new Trigger(i, i, i, i, EventType.OTHER, s.lowerLemma(i), false));
                }
                continue;
            }
            Trigger light = lightVerb(s, i, domain);
            if (light != null) {
                out.add(light);
                taken.add(light.head());
                continue;
            }
            String lemma = s.lowerLemma(i);
            int particle = particle(s, i);
            if (particle >= 0) {
                int last = particle == i + 1 ? particle : i; // "pulled the driver over": the verb alone
                String phrasal = lemma + "+" + s.lowerWord(particle);
                if (senses.has("verb", phrasal)) {
                    EventSenses.Sense sense = senses.sense("verb", phrasal, s, i, i, false, domain);
                    if (sense != null) {
                        if (sense.type() != null) {
                            out.add(new Trigger(i, i, i, last, sense.type(), lemma, false, sense.ace()));
                        }
                        continue;
                    }
                }
                Optional<EventType> type = lexicon.phrasalVerb(lemma, s.lowerWord(particle));
                if (type.isPresent()) {
                    out.add(new Trigger(i, i, i, last, type.get(), lemma, false));
                    continue;
                }
            }
            if (lexicon.onlyPhrasal(lemma)) {
                continue;
            }
            EventSenses.Sense sense = senses.sense("verb", lemma, s, i, i, false, domain);
            if (sense != null) {
                if (sense.type() != null) {
                    out.add(new Trigger(i, i, i, i, sense.type(), lemma, false, sense.ace()));
                }
                continue;
            }
            Optional<EventType> type = lexicon.verb(lemma);
            if (type.isPresent()) {
                out.add(new Trigger(i, i, i, i, type.get(), lemma, false));
            } else if (eventiveVerb(s, i)) {
                out.add(new Trigger(i, i, i, i, EventType.OTHER, lemma, false));
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (taken.contains(i) || !s.isNoun(i) || (s.token(i).isNamed() && !eventName(s, i))
                    || (s.pos(i).startsWith("NNP") && i > 0 && !titleCase && !eventName(s, i)
                        && !s.token(i).word().equals(s.token(i).word().toUpperCase(java.util.Locale.ROOT)))) {
                continue; // a capitalised word in running text is a name ("checked into Promises"); "DUI" is not
            }
            if (s.relation(i).equals("compound")) {
                // "murder charges", "the shooting deaths", "a playoff game": a happening named to describe another
                // thing; kept untyped, the phrase's head says what the sentence is about
                int h = s.head(i);
                boolean place = h >= 0 && senses.inClass("facility", s.lowerLemma(h)); // "a rehab clinic"
                EventSenses.Sense modifier = taken.contains(h) || place || !listedNoun(s.lowerLemma(i)) ? null
                        : nounType(s, i, i, domain);
                if (modifier != null && modifier.type() != null && !s.pos(i).startsWith("NNP")) {
                    out.add(new Trigger(i, i, i, i, EventType.OTHER, s.lowerLemma(i), true));
                }
                continue;
            }
            EventSenses.Sense type = nounType(s, i, i, domain);
            if (type != null && type.type() != null && anchored(s, i)
                    && !mannerOfVerb(s, i, type.type(), out)) {
                out.add(new Trigger(i, i, i, i, type.type(), s.lowerLemma(i), true, type.ace()));
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.pos(i).startsWith("JJ") && predicative(s, i)) {
                EventSenses.Sense sense = senses.sense("adjective", s.lowerLemma(i), s, i, i, false, domain);
                if (sense != null && sense.type() != null) {
                    out.add(new Trigger(i, i, i, i, sense.type(), s.lowerLemma(i), false, sense.ace()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Trigger::first));
        return out;
    }

    /**
     * The particle of a phrasal verb: the next word ("called on"), else a particle the parse attaches to the verb
     * further on ("pulled the driver over", "pulled himself out"); -1 at the end of the sentence.
     */
    private static int particle(DependencyTree s, int v) {
        for (int c : s.children(v, "compound:prt")) {
            if (c > v + 1) {
                return c;
            }
        }
        return v + 1 < s.size() ? v + 1 : -1;
    }

    /** A headline in title case ("Trial Begins for Kraft Shooting Suspect"): capitals say nothing of names there. */
    private static boolean titleCase(DependencyTree s) {
        int words = 0;
        int capitals = 0;
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).word();
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitals++;
                }
            }
        }
        return words >= 3 && capitals * 4 >= words * 3;
    }

    /** A noun the lists name as a happening (not merely a noun in -ing: "running back", "passing record"). */
    private boolean listedNoun(String lemma) {
        return senses.has("noun", lemma) || lexicon.noun(lemma).isPresent() || senses.inClass("eventive-noun", lemma)
                || senses.inClass("offence", lemma);
    }

    /** A verb the lexicon or the sense table knows as an event. */
    private boolean knownEventVerb(String lemma) {
        return lexicon.verb(lemma).isPresent() || senses.has("verb", lemma);
    }

    private static boolean isAuxiliary(DependencyTree s, int i) {
        String r = s.relation(i);
        return r.startsWith("aux") || r.equals("cop");
    }

    /**
     * A verb that names a happening: not a state, perception or opinion ("be", "know", "seem"), not the governor
     * of a modality ("expected to", "plans to"), and standing as a clause, not as a preposition ("following"), in a
     * parsed sentence.
     */
    private boolean eventiveVerb(DependencyTree s, int i) {
        String lemma = s.lowerLemma(i);
        if (!s.parsed() || lemma.length() < 2 || !Character.isLetter(lemma.charAt(0)) || senses.inClass("state-verb", lemma)
                || !modality.governor(lemma).isEmpty() || NOT_A_CLAUSE.contains(s.relation(i))) {
            return false;
        }
        return !s.lowerWord(i).equals("according");
    }

    /** "was found dead", "two people are dead": an adjective that says what happened, as a predicate. */
    private static boolean predicative(DependencyTree s, int i) {
        String r = s.relation(i);
        if (s.child(i, "cop") >= 0) {
            return true;
        }
        return r.equals("xcomp") || r.equals("root") || r.equals("conj") || r.equals("ccomp") || r.equals("advcl")
                || (r.equals("amod") && s.head(i) >= 0 && s.head(i) < i);
    }

    /** "held talks", "made the comments", "submitted its application": the verb's object is an event noun. */
    private Trigger lightVerb(DependencyTree s, int v, String domain) {
        if (!lexicon.is("light", s.lowerLemma(v))) {
            return null;
        }
        for (int o : s.children(v, "obj")) {
            EventSenses.Sense type = s.isNoun(o) ? nounType(s, o, v, domain) : null;
            if (type != null && type.type() != null && type.type() != EventType.OTHER) {
                return new Trigger(o, v, Math.min(v, o), Math.max(v, o), type.type(), s.lowerLemma(o), false,
                        type.ace());
            }
        }
        return null;
    }

    /** The sense of an event noun: from the sense table, the event lexicon, or the eventive nouns (OTHER). */
    private EventSenses.Sense nounType(DependencyTree s, int n, int clause, String domain) {
        String lemma = s.lowerLemma(n);
        EventSenses.Sense sense = senses.sense("noun", lemma, s, n, n, true, domain);
        if (sense != null) {
            return sense;
        }
        Optional<EventType> type = lexicon.noun(lemma);
        if (type.isPresent() && type.get() == EventType.PROTEST && lemma.equals("strike")) {
            for (var d : s.childArcs(n)) {
                if ((d.relation().equals("compound") || d.relation().equals("amod"))
                        && lexicon.is("attack-modifier", s.lowerLemma(d.dependent()))) {
                    return new EventSenses.Sense(EventType.ATTACK, "Conflict:Attack");
                }
            }
        }
        if (type.isPresent()) {
            return new EventSenses.Sense(type.get(), null);
        }
        if (eventName(s, n)) {
            return new EventSenses.Sense(EventType.OTHER, null); // a ceremony or games: the prizes are the contests
        }
        return senses.inClass("eventive-noun", lemma) || senses.inClass("offence", lemma) || gerund(s, n)
                ? new EventSenses.Sense(EventType.OTHER, null) : null;
    }

    /** "the Oscars", "the Academy Awards": an event known by its name (class event-name). */
    private boolean eventName(DependencyTree s, int n) {
        return senses.inClass("event-name", s.lowerWord(n));
    }

    /**
     * "drunk driving", "the sentencing": a noun in -ing that is the doing of its verb (the class ing-not-event lists
     * the -ing nouns that are not).
     */
    private boolean gerund(DependencyTree s, int n) {
        String w = s.lowerWord(n);
        return s.pos(n).equals("NN") && w.endsWith("ing") && w.length() >= 6 && !senses.inClass("ing-not-event", w);
    }

    /**
     * A noun names a particular occurrence when something in the sentence pins it down: a possessor, determiner,
     * number, modifier or prepositional dependent, or a governing verb or preposition.
     */
    private static boolean anchored(DependencyTree s, int n) {
        for (var d : s.childArcs(n)) {
            if (!d.relation().equals("punct") && !d.relation().equals("cc") && !d.relation().equals("conj")) {
                return true;
            }
        }
        String r = s.relation(n);
        return DependencyTree.isRelation(r, "obj") || DependencyTree.isRelation(r, "obl") || DependencyTree.isRelation(r, "nmod");
    }

    /** "said in a statement", "told in an interview": the noun is the same act as the verb it hangs on. */
    private static boolean mannerOfVerb(DependencyTree s, int n, EventType type, List<Trigger> verbal) {
        int g = s.head(n);
        if (g < 0 || !s.lowerMarker(n).equals("in")) {
            return false;
        }
        return verbal.stream().anyMatch(t -> t.clause() == g && t.type() == type);
    }
}
