package org.dossier.extract.event;

import org.dossier.annotate.DependencyTree;
import org.dossier.model.EventType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the event triggers of a sentence: event verbs heading a clause (a phrasal one with its particle), light
 * verbs with an event noun as object ("held talks": one event, typed by the noun), and event nouns anchored in the
 * sentence by a possessor, a determiner, a modifier or a governing word. An event noun that only names the manner
 * of the verb it hangs on ("said in a statement") is the verb's event, not a second one.
 */
final class TriggerFinder {

    private final EventLexicon lexicon;

    TriggerFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Trigger> find(DependencyTree s) {
        List<Trigger> out = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.isVerb(i) || isAuxiliary(s, i) || (s.relation(i).equals("amod") && s.pos(i).equals("VBN"))) {
                continue;
            }
            Trigger light = lightVerb(s, i);
            if (light != null) {
                out.add(light);
                taken.add(light.head());
                continue;
            }
            if (i + 1 < s.size()) {
                Optional<EventType> phrasal = lexicon.phrasalVerb(s.lowerLemma(i), s.lowerWord(i + 1));
                if (phrasal.isPresent()) {
                    out.add(new Trigger(i, i, i, i + 1, phrasal.get(), s.lowerLemma(i), false));
                    continue;
                }
            }
            if (lexicon.onlyPhrasal(s.lowerLemma(i))) {
                continue;
            }
            int at = i;
            lexicon.verb(s.lowerLemma(i)).ifPresent(t -> out.add(new Trigger(at, at, at, at, t, s.lowerLemma(at), false)));
        }
        for (int i = 0; i < s.size(); i++) {
            if (taken.contains(i) || !s.isNoun(i) || s.token(i).isNamed() || s.relation(i).equals("compound")) {
                continue;
            }
            Optional<EventType> type = nounType(s, i);
            if (type.isPresent() && anchored(s, i) && !mannerOfVerb(s, i, type.get(), out)) {
                out.add(new Trigger(i, i, i, i, type.get(), s.lowerLemma(i), true));
            }
        }
        out.sort(Comparator.comparingInt(Trigger::first));
        return out;
    }

    private static boolean isAuxiliary(DependencyTree s, int i) {
        String r = s.relation(i);
        return r.startsWith("aux") || r.equals("cop");
    }

    /** "held talks", "made the comments", "submitted its application": the verb's object is an event noun. */
    private Trigger lightVerb(DependencyTree s, int v) {
        if (!lexicon.is("light", s.lowerLemma(v))) {
            return null;
        }
        for (int o : s.children(v, "obj")) {
            Optional<EventType> type = s.isNoun(o) ? nounType(s, o) : Optional.empty();
            if (type.isPresent()) {
                return new Trigger(o, v, Math.min(v, o), Math.max(v, o), type.get(), s.lowerLemma(o), false);
            }
        }
        return null;
    }

    private Optional<EventType> nounType(DependencyTree s, int n) {
        Optional<EventType> type = lexicon.noun(s.lowerLemma(n));
        if (type.isPresent() && type.get() == EventType.PROTEST && s.lowerLemma(n).equals("strike")) {
            for (var d : s.childArcs(n)) {
                if ((d.relation().equals("compound") || d.relation().equals("amod"))
                        && lexicon.is("attack-modifier", s.lowerLemma(d.dependent()))) {
                    return Optional.of(EventType.ATTACK);
                }
            }
        }
        return type;
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
