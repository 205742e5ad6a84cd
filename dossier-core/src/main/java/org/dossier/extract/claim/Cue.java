package org.dossier.extract.claim;

import org.dossier.annotate.lexicon.CueLexicon;

/**
 * A word that introduces an attribution in one sentence.
 *
 * @param head  the token the cue's syntax hangs on: the verb, or for "according to" the word "according"
 * @param last  the cue's last token ("on" in "called on", "to" in "according to")
 * @param entry the lexicon entry of a verb cue, or {@code null} for "according to"
 */
record Cue(int head, int last, CueLexicon.Entry entry) {

    boolean isAccordingTo() {
        return entry == null;
    }
}
