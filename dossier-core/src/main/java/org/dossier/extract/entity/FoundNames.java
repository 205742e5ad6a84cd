package org.dossier.extract.entity;

import java.util.List;

/**
 * What the mention finder found in one article.
 *
 * @param sentences the sentences with their final name labels
 * @param mentions  every proper-name occurrence, in text order
 * @param links     acronyms the text itself expands
 */
record FoundNames(List<LabelledSentence> sentences, List<NameMention> mentions, List<NameLink> links) {

    FoundNames {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
    }
}
