package org.dossier.annotate;

/**
 * One token.
 *
 * @param index     position in its sentence, from 0
 * @param start     offset of its first character in the article text
 * @param end       offset after its last character
 * @param word      the token's text exactly as in the article
 * @param lemma     dictionary form, or the word when unknown
 * @param pos       Penn Treebank part-of-speech tag
 * @param ner       fine-grained named-entity tag ({@code PERSON}, {@code CITY}, {@code TITLE}, {@code O}, ...)
 * @param coarseNer coarse named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}, {@code O}, ...)
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner,
                    String coarseNer) {

    public boolean isNamed() {
        return !"O".equals(coarseNer);
    }
}
