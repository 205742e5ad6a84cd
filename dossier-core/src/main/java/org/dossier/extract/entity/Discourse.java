package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mentions resolved so far, in text order, for the pronoun and description resolvers to look back through.
 * Working state of one extraction, never shared.
 */
final class Discourse {

    /**
     * One resolved mention.
     *
     * @param token    its head token in the sentence
     * @param relation the head's dependency relation ("nsubj", "obj", ...), or "" when unknown
     * @param governor    the head's governor in the sentence, or -1
     * @param description the head noun when the mention is a definite description ("company"), else {@code null}
     */
    record Mention(int offset, int sentence, int token, Referent referent, String relation, int governor,
                   boolean quoted, String description) {

        boolean subject() {
            return relation.equals("nsubj") || relation.equals("nsubj:pass");
        }
    }

    /** Every mention by (offset, order of adding), packed high and low in a long: text order, ties as added. */
    private final TreeMap<Long, Mention> mentions = new TreeMap<>();
    /** The mentions of each sentence, keyed the same way. */
    private final Map<Integer, TreeMap<Long, Mention>> bySentence = new HashMap<>();
    /** The mentions that are definite descriptions, by head noun, keyed the same way. */
    private final Map<String, TreeMap<Long, Mention>> byDescription = new HashMap<>();
    private int added;

    /** Adds {@code m} in text order, after the mentions at the same offset. */
    void add(Mention m) {
        long key = ((long) m.offset() << 32) | added++;
        mentions.put(key, m);
        bySentence.computeIfAbsent(m.sentence(), k -> new TreeMap<>()).put(key, m);
        if (m.description() != null) {
            byDescription.computeIfAbsent(m.description(), k -> new TreeMap<>()).put(key, m);
        }
    }

    /** The mentions of sentence {@code sentence} that start before {@code offset}, in text order. */
    List<Mention> inSentenceBefore(int sentence, int offset) {
        TreeMap<Long, Mention> here = bySentence.get(sentence);
        return here == null ? new ArrayList<>() : new ArrayList<>(here.headMap((long) offset << 32).values());
    }

    /**
     * The mentions that start before {@code offset}, latest first: a view, read before the next {@link #add}, so
     * that a resolver reading a few sentences back reads those and not the whole article.
     */
    Collection<Mention> before(int offset) {
        return mentions.headMap((long) offset << 32, false).descendingMap().values();
    }

    /** The definite descriptions headed by {@code head} that start before {@code offset}, latest first (a view). */
    Collection<Mention> describedBefore(String head, int offset) {
        TreeMap<Long, Mention> described = byDescription.get(head);
        return described == null ? List.of() : described.headMap((long) offset << 32, false).descendingMap().values();
    }
}
