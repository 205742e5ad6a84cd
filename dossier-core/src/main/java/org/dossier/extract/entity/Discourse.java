package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;

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

    private final List<Mention> mentions = new ArrayList<>();

    void add(Mention m) {
        int at = mentions.size();
        while (at > 0 && mentions.get(at - 1).offset() > m.offset()) {
            at--;
        }
        mentions.add(at, m);
    }

    /** The mentions of sentence {@code sentence} that start before {@code offset}, in text order. */
    List<Mention> inSentenceBefore(int sentence, int offset) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.offset() < offset) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mentions that start before {@code offset}, latest first. */
    List<Mention> before(int offset) {
        List<Mention> out = new ArrayList<>();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i).offset() < offset) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }
}
