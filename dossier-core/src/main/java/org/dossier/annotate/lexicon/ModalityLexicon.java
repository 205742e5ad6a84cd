package org.dossier.annotate.lexicon;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The modality, negation and hedge words of {@code modality.tsv}, by where they read: the one source of these words
 * for the time, claim and event layers. Lookups take a word or lemma in any case. Immutable.
 */
public final class ModalityLexicon {

    static final String FILE = "modality.tsv";

    /** Where a word of the list reads. */
    public enum Use {
        AUXILIARY, GOVERNOR, OBJECT, ADVERB, NOUN_MODIFIER, SUBORDINATOR, NEGATION, ATTEMPT;

        String written() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Map<Use, Map<String, Set<Modality>>> byUse = new HashMap<>();

    ModalityLexicon(LexiconFile file) {
        file.requireColumns("word", "use", "modality");
        for (Use u : Use.values()) {
            byUse.put(u, new HashMap<>());
        }
        for (LexiconFile.Row row : file.rows()) {
            String word = row.lower("word");
            Use use = Arrays.stream(Use.values()).filter(u -> u.written().equals(row.lower("use"))).findFirst()
                    .orElseThrow(() -> row.error("unknown use '" + row.get("use") + "'; use one of "
                            + Arrays.stream(Use.values()).map(Use::written).collect(Collectors.joining(", "))));
            List<String> names = row.list("modality");
            if (names.isEmpty()) {
                throw row.error("no modality for '" + word + "'");
            }
            if (names.size() > 1 && use != Use.GOVERNOR && use != Use.OBJECT) {
                throw row.error("'" + word + "' has " + names.size() + " modalities; an " + use.written()
                        + " word has one (only a governor or an object verb can say more than one thing)");
            }
            Set<Modality> readings = EnumSet.noneOf(Modality.class);
            for (String n : names) {
                Modality m = Modality.named(n.toLowerCase(Locale.ROOT));
                if (m == null) {
                    throw row.error("unknown modality '" + n + "'; use one of " + Arrays.stream(Modality.values())
                            .map(x -> x.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
                }
                readings.add(m);
            }
            if (byUse.get(use).putIfAbsent(word, Set.copyOf(readings)) != null) {
                throw row.error("'" + word + "' is listed twice as " + use.written() + "; merge its modalities into"
                        + " one line");
            }
        }
        byUse.replaceAll((u, m) -> Map.copyOf(m));
    }

    /** The readings of {@code word} in {@code use}; empty when the list does not have it there. */
    public Set<Modality> readings(Use use, String word) {
        return word == null ? Set.of() : byUse.get(use).getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
    }

    /** The reading of a word whose use has one reading a word (all but governors and objects), or null. */
    public Modality reading(Use use, String word) {
        Set<Modality> r = readings(use, word);
        return r.isEmpty() ? null : r.iterator().next();
    }

    /** The reading of a modal auxiliary ("will": prediction, "may": possibility), or null for no modal. */
    public Modality auxiliary(String word) {
        return reading(Use.AUXILIARY, word);
    }

    /** The readings a governor lemma gives its to-infinitive ("expect": prediction and report), or none. */
    public Set<Modality> governor(String lemma) {
        return readings(Use.GOVERNOR, lemma);
    }

    /** Whether a governor's to-infinitive lies ahead ("expected to", "slated to", "plans to"). */
    public boolean looksAheadUnder(String governorLemma) {
        return governor(governorLemma).stream().anyMatch(Modality::looksAhead);
    }

    /** Whether a verb's object is an arrangement still ahead ("has scheduled a news conference Thursday"). */
    public boolean arrangesObject(String lemma) {
        return readings(Use.OBJECT, lemma).stream().anyMatch(Modality::looksAhead);
    }

    /** The reading of an adverb on a clause ("reportedly": hedge, "possibly": uncertainty), or null. */
    public Modality adverb(String word) {
        return reading(Use.ADVERB, word);
    }

    /** The reading of an adjective on an event noun ("upcoming": prediction), or null. */
    public Modality nounModifier(String word) {
        return reading(Use.NOUN_MODIFIER, word);
    }

    /** Whether a subordinator makes its clause a condition ("if", "unless"). */
    public boolean isCondition(String word) {
        return !readings(Use.SUBORDINATOR, word).isEmpty();
    }

    /** Whether a word denies its clause or noun ("not", "n't", "never", "no"). */
    public boolean isNegation(String word) {
        return !readings(Use.NEGATION, word).isEmpty();
    }

    /** Whether a verb lemma names the reporter's attempt ("reach", "contact"): negated after "could", it failed. */
    public boolean isAttempt(String lemma) {
        return readings(Use.ATTEMPT, lemma).contains(Modality.FAILURE);
    }

    /** Every word listed for {@code use}, lower case. */
    public Set<String> words(Use use) {
        return byUse.get(use).keySet();
    }
}
