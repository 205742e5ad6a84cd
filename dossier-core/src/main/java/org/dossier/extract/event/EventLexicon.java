package org.dossier.extract.event;

import org.dossier.model.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words the event rules look for, read once from {@code event-lexicon.txt}: trigger verbs and nouns with their
 * event type, light verbs, and the cue words of factuality, place, occasion and discourse. Immutable.
 */
final class EventLexicon {

    static final String RESOURCE = "event-lexicon.txt";

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

    /** Reads a lexicon in the format of {@code event-lexicon.txt}; {@code origin} names it in error messages. */
    static EventLexicon read(InputStream in, String origin) throws IOException {
        EventLexicon lex = new EventLexicon();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\s+");
            String kind = f[0];
            String word = f.length > 1 ? f[1].toLowerCase(Locale.ROOT) : "";
            if (kind.equals("verb") || kind.equals("noun")) {
                if (f.length != 3) {
                    throw new IllegalArgumentException(origin + ":" + n + ": '" + l + "' should be '" + kind
                            + " WORD TYPE'");
                }
                EventType type;
                try {
                    type = EventType.valueOf(f[2]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(origin + ":" + n + ": '" + f[2]
                            + "' is not an event type; use one of " + java.util.Arrays.toString(EventType.values()));
                }
                if (kind.equals("noun")) {
                    lex.nouns.put(word, type);
                } else if (word.contains("+")) {
                    lex.phrasalVerbs.put(word, type);
                } else {
                    lex.verbs.put(word, type);
                }
            } else if (f.length == 2) {
                lex.lists.computeIfAbsent(kind, k -> new HashSet<>()).add(word);
            } else {
                throw new IllegalArgumentException(origin + ":" + n + ": '" + l + "' should be 'KIND WORD'");
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
