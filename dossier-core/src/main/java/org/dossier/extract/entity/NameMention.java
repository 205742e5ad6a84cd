package org.dossier.extract.entity;

import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.List;

/**
 * One occurrence of a proper name: tokens {@code [from, to)} of sentence {@code sentence}.
 *
 * @param words   the name's words, without a leading "The", honorifics or titles
 * @param subtype CITY, COUNTRY, STATE_OR_PROVINCE where CoreNLP says so, else {@code null}
 * @param span    the name as written (a leading "The" of a title such as "The Wall Street Journal" included)
 */
record NameMention(int sentence, int from, int to, EntityType type, String subtype, List<String> words, Span span) {

    NameMention {
        words = List.copyOf(words);
    }

    /** The last token, the head of the name in the dependency tree. */
    int head() {
        return to - 1;
    }
}
