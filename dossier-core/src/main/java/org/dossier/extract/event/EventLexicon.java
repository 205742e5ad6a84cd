package org.dossier.extract.event;

import org.dossier.annotate.lexicon.LexiconFile;
import org.dossier.model.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words only the event rules look for, read once from {@code event-lexicon.tsv} by the kernel's lexicon reader:
 * trigger verbs and nouns with their event type, light verbs, and the cue words of place, continuation and groups.
 * Modality, negation, hedges and occasions are the kernel's ({@code annotate.lexicon}). Immutable.
 */
final class EventLexicon {

    static final String RESOURCE = "event-lexicon.tsv";

    private final Map<String, EventType> verbs = new HashMap<>();
    private final Map<String, EventType> phrasalVerbs = new HashMap<>();
    private final Map<String, EventType> nouns = new HashMap<>();
    private final Map<String, Set<String>> lists = new HashMap<>();

    private EventLexicon() {
    }

    /** The lexicon shipped with Dossier. */
    static EventLexicon standard() {
        try (InputStream in = EventLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path beside "
                        + EventLexicon.class.getName() + "; rebuild dossier-core");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a lexicon in the format of {@code event-lexicon.tsv}; {@code origin} names it in error messages. */
    static EventLexicon read(InputStream in, String origin) {
        EventLexicon lex = new EventLexicon();
        for (LexiconFile.Row row : LexiconFile.read(origin, in).requireColumns("kind", "word", "type").rows()) {
            String kind = row.get("kind");
            String word = row.lower("word");
            if (kind.equals("verb") || kind.equals("noun")) {
                EventType type;
                try {
                    type = EventType.valueOf(row.get("type"));
                } catch (IllegalArgumentException e) {
                    throw row.error("'" + row.get("type") + "' is not an event type; a " + kind + " needs one of "
                            + Arrays.toString(EventType.values()));
                }
                if (kind.equals("noun")) {
                    lex.nouns.put(word, type);
                } else if (word.contains("+")) {
                    lex.phrasalVerbs.put(word, type);
                } else {
                    lex.verbs.put(word, type);
                }
            } else if (row.get("type").isEmpty()) {
                lex.lists.computeIfAbsent(kind, k -> new HashSet<>()).add(word);
            } else {
                throw row.error("a " + kind + " takes no type; write - in the type column");
            }
        }
        return lex;
    }

    /** The type of an event verb, by lemma. */
    Optional<EventType> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** The type of a phrasal event verb ("call" + "on"). */
    Optional<EventType> phrasalVerb(String lemma, String particle) {
        return Optional.ofNullable(phrasalVerbs.get(lemma.toLowerCase(Locale.ROOT) + "+"
                + particle.toLowerCase(Locale.ROOT)));
    }

    /** True when some phrasal entry starts with this verb: its plain use is then no event ("a group called X"). */
    boolean onlyPhrasal(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return !verbs.containsKey(l) && phrasalVerbs.keySet().stream().anyMatch(k -> k.startsWith(l + "+"));
    }

    /** The type of an event noun, by lemma. */
    Optional<EventType> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** True when {@code word} (lower-cased) is in the list {@code kind} ("hedge", "light", ...). */
    boolean is(String kind, String word) {
        Set<String> s = lists.get(kind);
        return s != null && word != null && s.contains(word.toLowerCase(Locale.ROOT));
    }
}
