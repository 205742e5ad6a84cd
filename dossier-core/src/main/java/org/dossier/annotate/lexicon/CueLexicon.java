package org.dossier.annotate.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The attribution cues and what each takes as its content, from the kernel lexicon: the verbs from {@code cues.tsv},
 * the nouns and adjectives ("X's claim that S", "criticism of X", "X is critical of Y") from {@code cue-nouns.tsv},
 * in the same columns. Immutable after construction.
 */
public final class CueLexicon {

    /** What a cue reports: speech, a thought, a stance, an intent, evidence, or an appearance. */
    public enum Kind { SPEECH, THOUGHT, STANCE, INTENT, EVIDENCE, APPEARANCE }

    /** What a cue verb takes as the content it attributes. */
    public enum Frame {
        CLAUSE, QUOTATION, APPEARANCE, OBJECT, INFINITIVE, ADDRESSEE, ADDRESSEE_INFINITIVE, PREPOSITION, AGENTLESS,
        OBJECT_AS
    }

    /**
     * One cue: a verb lemma, with a particle for phrasal cues ("call on", "point out").
     *
     * @param prepositions the words that lead a prepositional content ("at" for "hint at")
     * @param kind         what the cue reports
     * @param nominal      whether the cue is a noun or adjective ("claim that", "critical of") rather than a verb
     */
    public record Entry(String lemma, String particle, Set<Frame> frames, Set<String> prepositions, Kind kind,
                 boolean nominal) {

        public Entry {
            frames = Set.copyOf(frames);
            prepositions = Set.copyOf(prepositions);
        }

        public boolean takes(Frame f) {
            return frames.contains(f);
        }

        /** Whether the verb reports speech only with a quotation beside it ("he continued. “…”"). */
        public boolean onlyQuotations() {
            return frames.equals(Set.of(Frame.QUOTATION));
        }

        /** The cue as written in the lexicon ("call on"). */
        public String name() {
            return particle == null ? lemma : lemma + " " + particle;
        }
    }

    static final String FILE = "cues.tsv";
    static final String NOMINAL_FILE = "cue-nouns.tsv";

    /** Lemma to its entries: the plain verb first (particle null), then its phrasal forms. */
    private final Map<String, List<Entry>> byLemma;
    /** Noun or adjective lemma to its one entry. */
    private final Map<String, Entry> nominals;

    CueLexicon(LexiconFile verbs, LexiconFile nominal) {
        this.byLemma = load(verbs, false);
        Map<String, Entry> n = new HashMap<>();
        load(nominal, true).forEach((lemma, entries) -> n.put(lemma, entries.get(0)));
        this.nominals = Map.copyOf(n);
    }

    /** The entry of a noun or adjective cue (lower-case lemma: "claim", "critical"), or {@code null}. */
    public Entry nominal(String lemma) {
        return nominals.get(lemma);
    }

    /** The entries for a verb lemma (lower case), phrasal ones included; empty when it is no cue. */
    public List<Entry> entries(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    public boolean isCue(String lemma) {
        return byLemma.containsKey(lemma);
    }

    private static Map<String, List<Entry>> load(LexiconFile file, boolean nominal) {
        file.requireColumns("lemma", "particle", "frames", "kind");
        Map<String, List<Entry>> out = new HashMap<>();
        for (LexiconFile.Row row : file.rows()) {
            Entry e = parse(row, nominal);
            List<Entry> list = new ArrayList<>(out.getOrDefault(e.lemma(), List.of()));
            if (list.stream().anyMatch(x -> Objects.equals(x.particle(), e.particle()))) {
                throw row.error("'" + e.name() + "' is listed twice; merge its frames into one line");
            }
            list.add(e);
            list.sort(Comparator.comparing(x -> x.particle() == null ? "" : x.particle()));
            out.put(e.lemma(), List.copyOf(list));
        }
        return Map.copyOf(out);
    }

    private static Entry parse(LexiconFile.Row row, boolean nominal) {
        Kind kind;
        try {
            kind = Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown kind '" + row.get("kind")
                    + "'; use speech, thought, stance, intent, evidence or appearance");
        }
        String particle = row.get("particle").isEmpty() ? null : row.lower("particle");
        Set<Frame> frames = EnumSet.noneOf(Frame.class);
        Set<String> preps = new HashSet<>();
        for (String f : row.get("frames").split(",")) {
            String name = f.strip();
            if (name.startsWith("prep:")) {
                frames.add(Frame.PREPOSITION);
                preps.addAll(List.of(name.substring(5).split("\\|")));
                continue;
            }
            frames.add(switch (name) {
                case "clause" -> Frame.CLAUSE;
                case "quotation" -> Frame.QUOTATION;
                case "appearance" -> Frame.APPEARANCE;
                case "object" -> Frame.OBJECT;
                case "infinitive" -> Frame.INFINITIVE;
                case "addressee" -> Frame.ADDRESSEE;
                case "addressee-inf" -> Frame.ADDRESSEE_INFINITIVE;
                case "agentless" -> Frame.AGENTLESS;
                case "object-as" -> Frame.OBJECT_AS;
                default -> throw row.error("unknown frame '" + name
                        + "'; use clause, quotation, appearance, object, infinitive, addressee, addressee-inf, agentless,"
                        + " object-as"
                        + " or prep:WORD|WORD");
            });
        }
        if (nominal && (particle != null || !EnumSet.of(Frame.CLAUSE, Frame.INFINITIVE, Frame.PREPOSITION)
                .containsAll(frames))) {
            throw row.error("a noun or adjective cue takes no particle"
                    + " and only the frames clause, infinitive and prep:WORD|WORD");
        }
        return new Entry(row.lower("lemma"), particle, frames, preps, kind, nominal);
    }
}
