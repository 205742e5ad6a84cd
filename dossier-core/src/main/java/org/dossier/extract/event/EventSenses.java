package org.dossier.extract.event;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.LexiconFile;
import org.dossier.model.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The senses of event words in context, read from {@code event-senses.tsv} with the word classes of
 * {@code event-classes.tsv}: a trigger's type (and ACE subtype) decided by who or what its arguments are ("killed"
 * by a gunman is an ATTACK, by a crane a DEATH), the construction it stands in ("killed in a crash") and the
 * article's domain (an attacking striker in a sports report is a CONTEST). Also the general detection lists: the
 * verbs that name states, not happenings, and the nouns that name happenings. Immutable, thread-safe.
 */
final class EventSenses {

    static final String SENSES = "event-senses.tsv";
    static final String CLASSES = "event-classes.tsv";
    /** An article needs at least this many cue words of a domain to be of that domain. */
    static final int MIN_DOMAIN_CUES = 4;

    private static final Set<String> CAUSE_MARKERS = Set.of("in", "by", "after", "from", "during", "following",
            "when", "as", "because of", "amid", "of");
    private static final Set<String> KINDS = Set.of("agent", "subject", "object", "cause", "any", "marker", "domain",
            "governor", "voice");

    /** A type in context; {@code type} null means the word is no event in this sense. */
    record Sense(EventType type, String ace) {
    }

    private record Condition(String kind, String arg) {
    }

    private record Row(List<Condition> when, Sense sense) {
    }

    private final Map<String, List<Row>> rows = new HashMap<>();
    private final Map<String, Set<String>> classes = new LinkedHashMap<>();

    private EventSenses() {
    }

    static EventSenses standard() {
        try (InputStream s = open(SENSES); InputStream c = open(CLASSES)) {
            return read(s, SENSES, c, CLASSES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SENSES + " or " + CLASSES, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = EventSenses.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from the class path beside "
                    + EventSenses.class.getName() + "; rebuild dossier-core");
        }
        return in;
    }

    /** Reads a sense table and its word classes; the origins name them in error messages. */
    static EventSenses read(InputStream senses, String sensesOrigin, InputStream classes, String classesOrigin) {
        EventSenses out = new EventSenses();
        for (LexiconFile.Row row : LexiconFile.read(classesOrigin, classes).requireColumns("class", "words").rows()) {
            Set<String> words = out.classes.computeIfAbsent(row.lower("class"), k -> new HashSet<>());
            row.list("words").forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        }
        for (LexiconFile.Row row : LexiconFile.read(sensesOrigin, senses)
                .requireColumns("lemma", "pos", "when", "type", "ace").rows()) {
            String pos = row.lower("pos");
            if (!pos.equals("verb") && !pos.equals("noun") && !pos.equals("adjective")) {
                throw row.error("pos '" + row.get("pos") + "' must be verb, noun or adjective");
            }
            List<Condition> when = new ArrayList<>();
            for (String c : row.list("when")) {
                int colon = c.indexOf(':');
                String kind = colon < 0 ? c : c.substring(0, colon);
                if (colon < 0 || !KINDS.contains(kind)) {
                    throw row.error("condition '" + c + "' needs the form KIND:VALUE with KIND one of " + KINDS);
                }
                String arg = c.substring(colon + 1).toLowerCase(Locale.ROOT);
                boolean needsClass = !kind.equals("marker") && !kind.equals("domain") && !kind.equals("governor")
                        && !kind.equals("voice");
                if (kind.equals("voice") && !Set.of("active", "passive").contains(c.substring(colon + 1))) {
                    throw row.error("condition '" + c + "' needs voice:active or voice:passive");
                }
                if (needsClass && !arg.startsWith("@") && !out.classes.containsKey(arg)) {
                    throw row.error("class '" + arg + "' is not in " + classesOrigin + "; add it there or use @named, "
                            + "@person, @pronoun, @thing");
                }
                if (kind.equals("domain") && !out.classes.containsKey("domain:" + arg)) {
                    throw row.error("domain '" + arg + "' has no cue words (class domain:" + arg + ") in "
                            + classesOrigin);
                }
                when.add(new Condition(kind, arg));
            }
            String t = row.get("type");
            EventType type;
            if (t.equals("NONE")) {
                type = null;
            } else {
                try {
                    type = EventType.valueOf(t);
                } catch (IllegalArgumentException e) {
                    throw row.error("'" + t + "' is not an event type; use NONE or one of "
                            + Arrays.toString(EventType.values()));
                }
            }
            String ace = row.get("ace");
            out.rows.computeIfAbsent(pos + " " + row.lower("lemma"), k -> new ArrayList<>())
                    .add(new Row(List.copyOf(when), new Sense(type, ace.isEmpty() ? null : ace)));
        }
        return out;
    }

    /** True when the table has senses for this word. */
    boolean has(String pos, String lemma) {
        return rows.containsKey(pos + " " + lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The sense of {@code lemma} (the word at {@code head}; its clause at {@code clause}, the light verb of "held
     * talks" or the word itself) in the sentence and article domain, or null when no row of the word holds.
     */
    Sense sense(String pos, String lemma, DependencyTree s, int head, int clause, boolean nominal, String domain) {
        List<Row> rs = rows.get(pos + " " + lemma.toLowerCase(Locale.ROOT));
        if (rs == null) {
            return null;
        }
        for (Row r : rs) {
            if (r.when.stream().allMatch(c -> holds(c, s, head, clause, nominal, domain))) {
                return r.sense;
            }
        }
        return null;
    }

    /** True when {@code word} (a lemma or word form) is in the class. */
    boolean inClass(String cls, String word) {
        Set<String> set = classes.get(cls);
        return set != null && word != null && set.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when token {@code i} is in the class: by lemma, word form, or a built-in class. */
    boolean inClass(String cls, DependencyTree s, int i) {
        return switch (cls) {
            case "@named" -> s.token(i).isNamed();
            case "@person" -> "PERSON".equals(s.token(i).ner());
            case "@pronoun" -> s.pos(i).startsWith("PRP") && !s.lowerWord(i).equals("it");
            case "@thing" -> s.isNoun(i) && !s.pos(i).startsWith("PRP") && !inClass("attacker", s, i)
                    && !inClass("sports-side", s, i) && !inClass("person-noun", s, i)
                    && !Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
                    "NATIONALITY").contains(s.token(i).ner());
            default -> inClass(cls, s.lowerLemma(i)) || inClass(cls, s.lowerWord(i))
                    || (s.lowerWord(i).endsWith("s") && inClass(cls, s.lowerWord(i).substring(0, s.lowerWord(i).length() - 1)));
        };
    }

    /** A noun phrase is in the class by its head or a compound of it ("Hurricanes Katrina", "the Toyota Camry"). */
    private boolean phraseInClass(String cls, DependencyTree s, int i) {
        if (inClass(cls, s, i)) {
            return true;
        }
        for (var d : s.childArcs(i)) {
            if ((d.relation().equals("compound") || d.relation().equals("flat")) && inClass(cls, s, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article's domain: the domain whose cue words occur most often, when they occur at least
     * {@link #MIN_DOMAIN_CUES} times and more often than any other domain's; else null.
     */
    String domain(List<DependencyTree> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (DependencyTree s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                for (var e : classes.entrySet()) {
                    if (e.getKey().startsWith("domain:") && (e.getValue().contains(s.lowerLemma(i))
                            || e.getValue().contains(s.lowerWord(i)))) {
                        counts.merge(e.getKey().substring("domain:".length()), 1, Integer::sum);
                    }
                }
            }
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= MIN_DOMAIN_CUES && top > second ? best : null;
    }

    private boolean holds(Condition c, DependencyTree s, int head, int clause, boolean nominal, String domain) {
        return switch (c.kind) {
            case "domain" -> c.arg.equals(domain);
            case "agent" -> agents(s, head, clause, nominal).stream().anyMatch(i -> phraseInClass(c.arg, s, i));
            case "subject" -> subjects(s, head, clause, nominal).stream().anyMatch(i -> phraseInClass(c.arg, s, i));
            case "object" -> objects(s, head, clause, nominal).stream().anyMatch(i -> phraseInClass(c.arg, s, i));
            case "cause" -> causes(s, head, clause, nominal).stream().anyMatch(i -> phraseInClass(c.arg, s, i));
            case "marker" -> markers(s, head, clause).stream()
                    .anyMatch(m -> Arrays.asList(c.arg.split("\\|")).contains(m));
            case "voice" -> (!nominal && (s.child(clause, "aux:pass") >= 0 || s.child(clause, "nsubj:pass") >= 0))
                    == c.arg.equals("passive");
            case "governor" -> s.head(head) >= 0
                    && Arrays.asList(c.arg.split("\\|")).contains(s.lowerLemma(s.head(head)));
            case "any" -> around(s, head, clause).stream().anyMatch(i -> inClass(c.arg, s, i));
            default -> false;
        };
    }

    /** The doer: an active subject, a passive verb's "by" phrase; on a noun, "by" or a compound. */
    private static List<Integer> agents(DependencyTree s, int head, int clause, boolean nominal) {
        List<Integer> out = new ArrayList<>();
        if (nominal) {
            for (var d : s.childArcs(head)) {
                if (d.relation().equals("compound") || (DependencyTree.isRelation(d.relation(), "nmod")
                        && s.lowerMarker(d.dependent()).equals("by"))) {
                    out.add(d.dependent());
                }
            }
            return out;
        }
        for (var d : s.childArcs(clause)) {
            String r = d.relation();
            if (r.equals("nsubj") || r.equals("obl:agent")
                    || (DependencyTree.isRelation(r, "obl") && s.lowerMarker(d.dependent()).equals("by"))) {
                out.add(d.dependent());
            }
        }
        if (out.isEmpty() && s.relation(clause).startsWith("acl") && s.head(clause) >= 0
                && s.child(clause, "obj") >= 0) {
            out.add(s.head(clause)); // "a gunman who killed two people", "the crane that crushed the car"
        }
        String r = s.relation(clause);
        if (out.isEmpty() && s.child(clause, "nsubj:pass") < 0 && (r.equals("conj") || r.equals("xcomp"))
                && s.head(clause) >= 0 && s.isVerb(s.head(clause))) {
            return agents(s, s.head(clause), s.head(clause), false); // "a gunman shot and killed two people"
        }
        return out;
    }

    private static List<Integer> subjects(DependencyTree s, int head, int clause, boolean nominal) {
        List<Integer> out = new ArrayList<>();
        for (var d : s.childArcs(nominal ? head : clause)) {
            String r = d.relation();
            if (nominal ? r.equals("nmod:poss") || r.equals("compound")
                    || (DependencyTree.isRelation(r, "nmod") && s.lowerMarker(d.dependent()).equals("of"))
                    : DependencyTree.isRelation(r, "nsubj")) {
                out.add(d.dependent());
            }
        }
        if (!nominal && out.isEmpty() && s.relation(clause).startsWith("acl") && s.head(clause) >= 0) {
            out.add(s.head(clause));
        }
        return out;
    }

    private static List<Integer> objects(DependencyTree s, int head, int clause, boolean nominal) {
        List<Integer> out = new ArrayList<>();
        for (var d : s.childArcs(nominal ? head : clause)) {
            String r = d.relation();
            if (nominal ? DependencyTree.isRelation(r, "nmod") && s.lowerMarker(d.dependent()).equals("of")
                    : r.equals("obj") || r.equals("nsubj:pass") || r.equals("iobj")) {
                out.add(d.dependent());
                out.addAll(s.children(d.dependent(), "conj"));
            }
        }
        if (!nominal && head != clause) {
            out.remove(Integer.valueOf(head));
        }
        return out;
    }

    private static List<Integer> causes(DependencyTree s, int head, int clause, boolean nominal) {
        List<Integer> out = new ArrayList<>(agents(s, head, clause, nominal));
        for (int v : head == clause ? List.of(head) : List.of(head, clause)) {
            for (var d : s.childArcs(v)) {
                String r = d.relation();
                int c = d.dependent();
                boolean phrase = DependencyTree.isRelation(r, "obl") || DependencyTree.isRelation(r, "nmod")
                        || DependencyTree.isRelation(r, "advcl");
                if (phrase && !r.equals("nmod:poss") && CAUSE_MARKERS.contains(s.lowerMarker(c))) {
                    out.add(c);
                    out.addAll(s.children(c, "compound"));
                }
            }
        }
        return out;
    }

    private static List<String> markers(DependencyTree s, int head, int clause) {
        List<String> out = new ArrayList<>();
        for (int v : head == clause ? List.of(head) : List.of(head, clause)) {
            for (var d : s.childArcs(v)) {
                String r = d.relation();
                if (DependencyTree.isRelation(r, "obl") || DependencyTree.isRelation(r, "nmod")
                        || r.equals("xcomp") || r.equals("advcl")) {
                    out.addAll(s.lowerMarkers(d.dependent()));
                } else if (r.equals("compound:prt") || r.equals("advmod")) {
                    out.add(s.lowerWord(d.dependent()));
                }
            }
        }
        return out;
    }

    private static List<Integer> around(DependencyTree s, int head, int clause) {
        List<Integer> out = new ArrayList<>();
        for (int v : head == clause ? List.of(head) : List.of(head, clause)) {
            for (int c : s.children(v)) {
                out.add(c);
                out.addAll(s.children(c));
            }
        }
        return out;
    }
}
