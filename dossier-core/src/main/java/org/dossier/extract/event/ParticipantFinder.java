package org.dossier.extract.event;

import org.dossier.annotate.DependencyTree;
import org.dossier.model.EventType;
import org.dossier.model.Participant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who takes part in an event and where it happens, read from the trigger's dependents: the subject (or the
 * subject that controls an infinitive, a conjoined verb or a participle) is the source; objects, "with", "against"
 * and "on" phrases are targets; possessors of an event noun are its source; other prepositional objects that are
 * entities take part as "other". Conjunctions are expanded ("the leaders of Britain, France and Germany" → three
 * targets) and a group noun stands for the entity it belongs to ("EU leaders", "the leaders of Britain"). The place
 * is the first location entity in an "in/at" phrase, followed down through the occasion ("during a summit at the
 * EU Council in Brussels"), or a visit's destination; for a meeting, attack, arrest or deployment, one the parse
 * hung on its object instead ("meet union representatives in The Hague").
 */
final class ParticipantFinder {

    static final String SOURCE = "source";
    static final String TARGET = "target";
    static final String OTHER = "other";

    private static final Set<String> TARGET_MARKERS = Set.of("with", "against", "on", "to", "toward", "towards");
    private static final Set<String> SOURCE_MARKERS = Set.of("between", "by", "among");
    private static final Set<EventType> UNDERGOER_OF = Set.of(EventType.COERCION, EventType.ATTACK,
            EventType.REDUCTION, EventType.CRITICISM, EventType.INVESTIGATION, EventType.DEATH, EventType.INJURY,
            EventType.JUSTICE, EventType.TRANSACTION, EventType.PERSONNEL, EventType.ELECTION);
    /** Where a disaster strikes when the parse makes the place its object or puts it "off" or "across" it. */
    private static final Set<String> STRIKES_PLACE_MARKERS = Set.of("off", "across", "along", "over", "through",
            "near", "in", "at", "on");
    private static final Set<EventType> WANTING = Set.of(EventType.REQUEST, EventType.INTENT, EventType.DEMAND);
    /**
     * Events that happen where their object is: one meets, attacks, arrests people or deploys troops there. A
     * statement, request or criticism addresses its object from anywhere ("urged leaders in Europe").
     */
    private static final Set<EventType> WHERE_ITS_OBJECT_IS = Set.of(EventType.MEETING, EventType.ATTACK,
            EventType.COERCION, EventType.MILITARY_POSTURE);

    /** Participants and place of one event, before inheritance from related events. */
    record Found(List<Participant> participants, String location) {
    }

    private final EventLexicon lexicon;
    private final EventSenses senses;

    ParticipantFinder(EventLexicon lexicon, EventSenses senses) {
        this.lexicon = lexicon;
        this.senses = senses;
    }

    Found find(DependencyTree s, Trigger t, EntityIndex entities) {
        Map<String, String> roles = new LinkedHashMap<>();
        if (!t.nominal()) {
            boolean undergoes = subjectUndergoes(s, t);
            for (int subj : subjects(s, t.clause())) {
                boolean passive = s.head(subj) == t.clause() && s.relation(subj).contains("pass");
                add(roles, expand(s, subj, entities), passive || undergoes ? TARGET : SOURCE);
            }
            clauseDependents(s, t, t.clause(), entities, roles);
        }
        if (t.head() != t.clause() || t.nominal()) {
            nounDependents(s, t, t.head(), entities, roles);
        }
        String location = location(s, t, entities);
        if (location == null && t.type() == EventType.DISASTER) {
            location = struckPlace(s, t, entities);
        }
        if (location != null && t.type() == EventType.DISASTER) {
            roles.remove(location); // the place a quake or a storm hit is where it happened, not a participant
        }
        List<Participant> out = new ArrayList<>();
        roles.forEach((e, r) -> out.add(new Participant(e, r)));
        return new Found(out, location);
    }

    private void clauseDependents(DependencyTree s, Trigger t, int v, EntityIndex entities, Map<String, String> roles) {
        for (var d : s.childArcs(v)) {
            int c = d.dependent();
            String r = d.relation();
            if (r.equals("obj") || r.equals("iobj")) {
                if (c != t.head()) {
                    add(roles, expandObject(s, c, entities), TARGET);
                }
            } else if (r.equals("obl:agent")) {
                add(roles, expand(s, c, entities), SOURCE);
            } else if (DependencyTree.isRelation(r, "obl") && !r.equals("obl:tmod")) {
                prepositional(s, t, c, entities, roles);
            } else if ((r.equals("xcomp") || r.equals("advcl")) && s.isInfinitive(c)) {
                if (t.last() > t.first() && t.type() == EventType.REQUEST) {
                    // "called on Western allies to deliver": the allies are asked
                    for (int subj : s.children(c, "nsubj")) {
                        add(roles, expand(s, subj, entities), TARGET);
                    }
                }
                if (WANTING.contains(t.type())) {
                    for (int o : s.children(c, "obj")) {
                        add(roles, expandObject(s, o, entities), OTHER);
                    }
                }
            }
        }
    }

    private void nounDependents(DependencyTree s, Trigger t, int n, EntityIndex entities, Map<String, String> roles) {
        for (var d : s.childArcs(n)) {
            int c = d.dependent();
            String r = d.relation();
            if (r.equals("nmod:poss")) {
                // "the climber's death", "Smith's trial", "the firm's sale": the possessor undergoes it
                boolean undergoes = sells(t) || (t.type().cameo() == null && !hasOfPhrase(s, n)
                        && senses.inClass("undergoer-possessor", s.lowerLemma(n)));
                add(roles, expand(s, c, entities), undergoes ? TARGET : SOURCE);
            } else if (r.equals("compound")) {
                add(roles, expand(s, c, entities), OTHER);
            } else if (DependencyTree.isRelation(r, "nmod") && !r.equals("nmod:tmod")) {
                String m = s.lowerMarker(c);
                if (m.equals("of")) {
                    for (String e : expand(s, c, entities)) {
                        // "the trial of Smith": the defendant; "the ruling of the Supreme Court": the court
                        boolean court = t.type() == EventType.JUSTICE && authority(e, entities);
                        roles.putIfAbsent(e, UNDERGOER_OF.contains(t.type()) && !court ? TARGET : SOURCE);
                    }
                } else {
                    prepositional(s, t, c, entities, roles);
                }
            }
        }
    }

    /** A prepositional dependent of the trigger: its role comes from the preposition. */
    private void prepositional(DependencyTree s, Trigger t, int c, EntityIndex entities, Map<String, String> roles) {
        String m = s.lowerMarker(c);
        if (m.startsWith("according") || lexicon.is("time-preposition", m)) {
            return;
        }
        List<String> found = expand(s, c, entities);
        if (t.type() == EventType.TRANSACTION && (m.equals("to") || m.equals("from") || m.equals("for"))) {
            // "sold B to A": A buys; "bought B from C": C sells; "paid $5bn for B", "bid for B": B is bought
            add(roles, found, m.equals("to") && sells(t) ? SOURCE : TARGET);
        } else if (TARGET_MARKERS.contains(m)) {
            add(roles, found, TARGET);
        } else if (SOURCE_MARKERS.contains(m)) {
            add(roles, found, SOURCE);
        } else if (lexicon.is("place-preposition", m)) {
            found.stream().filter(e -> !entities.isLocation(e)).forEach(e -> roles.putIfAbsent(e, OTHER));
        } else {
            add(roles, found, OTHER);
        }
        if (found.isEmpty() && !isTrigger(s, c)) {
            // "hinted at reducing military aid to Ukraine": the entities the thing is for or from take part
            for (int g : s.children(c, "nmod")) {
                add(roles, expand(s, g, entities), OTHER);
            }
        }
    }

    /**
     * The subject of this trigger is what the event happens to, not its doer (role target): the one who dies or is
     * hurt when nothing else is named as undergoing it ("the climber died", "two hikers are dead"), the one who
     * resigns, retires or pleads (class undergoer-subject), the seller of a sale ("the bank sold its stake").
     * Only for the types beyond the CAMEO interactions, and never for a contest, whose subject plays.
     */
    private boolean subjectUndergoes(DependencyTree s, Trigger t) {
        EventType type = t.type();
        if (type.cameo() != null || type == EventType.CONTEST || type == EventType.OTHER) {
            return false;
        }
        if (sells(t)) {
            return true;
        }
        if (senses.inClass("undergoer-subject", t.predicate())) {
            return true;
        }
        return (type == EventType.DEATH || type == EventType.INJURY) && s.children(t.clause(), "obj").isEmpty();
    }

    private static boolean hasOfPhrase(DependencyTree s, int n) {
        return s.childArcs(n).stream().anyMatch(d -> DependencyTree.isRelation(d.relation(), "nmod")
                && s.lowerMarker(d.dependent()).equals("of"));
    }

    /** A sale: its subject and possessor sell (class seller), its "to" phrase buys. */
    private boolean sells(Trigger t) {
        return t.type() == EventType.TRANSACTION && senses.inClass("seller", t.predicate());
    }

    /** A court, a prosecutor or the police, by the last word of the entity's name ("the Supreme Court"). */
    private boolean authority(String id, EntityIndex entities) {
        var e = entities.get(id);
        if (e == null) {
            return false;
        }
        String[] words = e.name().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        return senses.inClass("justice-authority", last) || senses.inClass("police", last);
    }

    /**
     * The place a disaster struck when the parse gives it as the object ("the storm battered Florida") or in an
     * "off / across / along" phrase ("struck off the coast of Sumatra"), or the place of its epicentre ("with its
     * epicentre near Padang"); the first location found, following "of" down one level ("the coast of Sumatra").
     */
    private String struckPlace(DependencyTree s, Trigger t, EntityIndex entities) {
        List<Integer> starts = new ArrayList<>(List.of(t.head()));
        if (t.clause() != t.head()) {
            starts.add(t.clause());
        }
        for (int start : new ArrayList<>(starts)) {
            for (var d : s.childArcs(start)) {
                if (senses.inClass("epicentre", s.lowerLemma(d.dependent()))) {
                    starts.add(d.dependent());
                }
            }
        }
        for (int start : starts) {
            for (var d : s.childArcs(start)) {
                int c = d.dependent();
                String r = d.relation();
                boolean place = r.equals("obj") || ((DependencyTree.isRelation(r, "obl") || DependencyTree.isRelation(r, "nmod"))
                        && STRIKES_PLACE_MARKERS.contains(s.lowerMarker(c)))
                        || r.equals("nsubj") && senses.inClass("epicentre", s.lowerLemma(start));
                if (!place) {
                    continue;
                }
                String id = entities.at(s, c);
                if (id != null && entities.isLocation(id)) {
                    return id;
                }
                for (int g : s.children(c, "nmod")) {
                    String inner = entities.at(s, g);
                    if (inner != null && entities.isLocation(inner) && s.lowerMarker(g).equals("of")) {
                        return inner; // "off the coast of Sumatra"
                    }
                }
            }
        }
        return null;
    }

    private boolean isTrigger(DependencyTree s, int n) {
        return lexicon.noun(s.lowerLemma(n)).isPresent() || lexicon.verb(s.lowerLemma(n)).isPresent();
    }

    private static void add(Map<String, String> roles, List<String> ids, String role) {
        for (String id : ids) {
            roles.putIfAbsent(id, role);
        }
    }

    /**
     * The subjects of the clause headed by {@code v}: its own, else the one that controls it (the subject of the
     * verb an infinitive or conjoined verb depends on, the noun a participle or relative clause modifies).
     */
    List<Integer> subjects(DependencyTree s, int v) {
        for (int depth = 0; v >= 0 && depth < 5; depth++) {
            List<Integer> own = new ArrayList<>();
            for (var d : s.childArcs(v)) {
                if (DependencyTree.isRelation(d.relation(), "nsubj")) {
                    own.add(d.dependent());
                }
            }
            if (!own.isEmpty()) {
                return own;
            }
            String r = s.relation(v);
            int obj = r.equals("xcomp") && s.head(v) >= 0 ? s.child(s.head(v), "obj") : -1;
            if (obj >= 0 && (s.pos(obj).startsWith("NNP") || s.pos(obj).startsWith("PRP")
                    || lexicon.is("group-noun", s.lowerLemma(obj)))) {
                return List.of(obj); // "wants troops to monitor": the troops monitor
            } else if (r.equals("xcomp") || r.equals("conj") || (r.equals("advcl") && s.isInfinitive(v))) {
                v = s.head(v);
            } else if (r.startsWith("acl") && s.head(v) >= 0) {
                return List.of(s.head(v));
            } else {
                return List.of();
            }
        }
        return List.of();
    }

    /** The entities a noun phrase headed by {@code h} stands for, conjuncts included. */
    List<String> expand(DependencyTree s, int h, EntityIndex entities) {
        List<String> out = new ArrayList<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(h);
        int guard = 0;
        while (!todo.isEmpty() && guard++ < 50) {
            int n = todo.poll();
            String id = entities.at(s, n);
            if (id != null) {
                if (!out.contains(id)) {
                    out.add(id);
                }
            } else if (!s.children(n, "appos").isEmpty() || identifiedAs(s, n) >= 0) {
                // "another climber, Duncan Rait, died"; "the suspect, identified as Anthony LaCalamita, entered"
                todo.addAll(s.children(n, "appos"));
                if (identifiedAs(s, n) >= 0) {
                    todo.add(identifiedAs(s, n));
                }
            } else if (lexicon.is("group-noun", s.lowerLemma(n))) {
                for (var d : s.childArcs(n)) {
                    String r = d.relation();
                    if (r.equals("compound") || r.equals("nmod:poss") || r.equals("amod")
                            || (DependencyTree.isRelation(r, "nmod") && s.lowerMarker(d.dependent()).equals("of"))) {
                        todo.add(d.dependent());
                    }
                }
            }
            todo.addAll(s.children(n, "conj"));
        }
        return out;
    }

    /** The name a participle gives a noun ("the woman, identified by the police as Madeline Kafoury"), or -1. */
    private static int identifiedAs(DependencyTree s, int n) {
        for (int a : s.children(n, "acl")) {
            if (Set.of("identify", "name").contains(s.lowerLemma(a))) {
                for (int o : s.children(a, "obl")) {
                    if (s.lowerMarker(o).equals("as")) {
                        return o;
                    }
                }
                for (int x : s.children(a, "xcomp")) {
                    return x;
                }
            }
        }
        return -1;
    }

    /** An object: the entity it names, or the possessor of the thing ("affirmed Ukraine's path"). */
    private List<String> expandObject(DependencyTree s, int o, EntityIndex entities) {
        List<String> out = expand(s, o, entities);
        if (out.isEmpty()) {
            for (int p : s.children(o, "nmod:poss")) {
                out.addAll(expand(s, p, entities));
            }
        }
        return out;
    }

    /**
     * The place: a visit's destination, else the first location in an "in/at" phrase, down through occasions;
     * failing that, for an event that brings its actor to its object (a meeting, an attack, an arrest, a
     * deployment), a place phrase the parse hung on the object ("meet union representatives in The Hague").
     */
    private String location(DependencyTree s, Trigger t, EntityIndex entities) {
        if (t.type() == EventType.VISIT) {
            for (var d : s.childArcs(t.head())) {
                int c = d.dependent();
                String id = entities.at(s, c);
                if (id != null && entities.isLocation(id) && (d.relation().equals("obj")
                        || s.lowerMarker(c).equals("to"))) {
                    return id;
                }
            }
        }
        List<Integer> own = new ArrayList<>(List.of(t.head()));
        if (t.clause() != t.head()) {
            own.add(t.clause());
        }
        String found = placeUnder(s, own, entities, t.type() == EventType.TRANSPORT);
        if (found == null && t.nominal()) {
            for (int c : s.children(t.head(), "compound")) {
                String id = entities.at(s, c);
                if (id != null && entities.isLocation(id)) {
                    found = id; // "the New Zealand fall", "the Kabul attack"
                }
            }
        }
        if (found == null && !t.nominal() && s.relation(t.clause()).equals("acl:relcl") && s.head(t.clause()) >= 0
                && s.hasChildLowerWord(t.clause(), "advmod", "where")) {
            String id = entities.at(s, s.head(t.clause()));
            if (id != null && (entities.isLocation(id) || facility(id, entities))) {
                found = id; // "rushed to Jamaica Hospital, where she died"
            }
        }
        if (found != null || t.nominal() || !WHERE_ITS_OBJECT_IS.contains(t.type())) {
            return found;
        }
        List<Integer> objects = new ArrayList<>();
        for (int v : own) {
            for (int o : s.children(v, "obj")) {
                if (o != t.head()) {
                    objects.add(o);
                }
            }
        }
        return placeUnder(s, objects, entities, false);
    }

    /** An organization that is a place: its name ends in a facility noun ("Jamaica Hospital", "Kabul Airport"). */
    private boolean facility(String id, EntityIndex entities) {
        var e = entities.get(id);
        if (e == null || e.type() != org.dossier.model.EntityType.ORGANIZATION) {
            return false;
        }
        String[] words = e.name().split("\\s+");
        return senses.inClass("facility", words[words.length - 1]);
    }

    /** The first location in an "in/at" phrase on one of {@code starts}, followed down through occasions. */
    private String placeUnder(DependencyTree s, List<Integer> starts, EntityIndex entities, boolean moving) {
        Deque<int[]> todo = new ArrayDeque<>();
        for (int start : starts) {
            todo.add(new int[]{start, 0});
        }
        while (!todo.isEmpty()) {
            int[] cur = todo.poll();
            for (var d : s.childArcs(cur[0])) {
                String r = d.relation();
                if (!(DependencyTree.isRelation(r, "obl") || DependencyTree.isRelation(r, "nmod")) || r.equals("nmod:poss")
                        || r.endsWith("tmod") || r.equals("obl:agent")) {
                    continue;
                }
                int c = d.dependent();
                String m = s.lowerMarker(c);
                String id = entities.at(s, c);
                // below a place phrase, "on" places too: "a hut on Mount Sefton", "a freeway outside San Diego"
                boolean place = lexicon.is("place-preposition", m) || (cur[1] > 0 && m.equals("on"));
                if (place && id != null && (entities.isLocation(id) || facility(id, entities))) {
                    return id;
                }
                if (place && id == null) {
                    for (int cm : s.children(c, "compound")) {
                        String inner = entities.at(s, cm);
                        if (inner != null && (entities.isLocation(inner) || facility(inner, entities))) {
                            return inner; // "dies in New Zealand fall", "in the Kabul attack", "the Tasman Glacier area"
                        }
                    }
                }
                // a road or a slope leads on to the named place (class way: "on a freeway outside San Diego"); so does the
                // death one falls to ("fell to his death in Peru")
                boolean leads = id == null && m.equals("on") && senses.inClass("way", s.lowerLemma(c));
                if (moving && id == null && (m.equals("to") || m.equals("toward") || m.equals("towards"))
                        && s.isNoun(c) && !s.pos(c).startsWith("NNP")) {
                    leads = true; // "climbing to a small hut on Mount Sefton": on the way to a place that is there
                }
                boolean result = (m.equals("to") || m.equals("into")) && senses.inClass("death-word", s.lowerLemma(c));
                if ((place || leads || result || m.equals("during")) && cur[1] < 3) {
                    todo.add(new int[]{c, cur[1] + 1});
                }
            }
        }
        return null;
    }
}
