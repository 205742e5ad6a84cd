package org.dossier.extract.claim;

import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * An attribution found in the text, on its way to becoming a {@link org.dossier.model.Claim}.
 *
 * @param sentence   the sentence of its cue (of its content when it has no cue)
 * @param cue        the cue, or {@code null} for a quotation that continues an earlier speaker or has none
 * @param cueSpan    where the cue stands, or {@code null}
 * @param source     the source as written in {@code sentence}, or {@code null}
 * @param sourceSpan the source's words, or {@code null}; for a continued quotation, the earlier source's
 * @param entity     the entity id of the source once resolved, or {@code null}
 * @param content    what is attributed
 * @param via        whom the source cites
 * @param hedged     whether the text distances itself from it
 */
record Attribution(int sentence, Cue cue, Span cueSpan, SourceMention source, Span sourceSpan, String entity,
                   Span content, List<String> via, boolean hedged) {

    Attribution {
        via = List.copyOf(via);
    }

    /** An attribution with neither entity, via nor hedge yet. */
    static Attribution found(int sentence, Cue cue, Span cueSpan, SourceMention source, Span sourceSpan,
                             Span content) {
        return new Attribution(sentence, cue, cueSpan, source, sourceSpan, null, content, List.of(), false);
    }

    Attribution withContent(Span newContent) {
        return new Attribution(sentence, cue, cueSpan, source, sourceSpan, entity, newContent, via, hedged);
    }

    Attribution withEntity(String id) {
        return new Attribution(sentence, cue, cueSpan, source, sourceSpan, id, content, via, hedged);
    }

    Attribution withVia(String who) {
        List<String> v = new ArrayList<>(via);
        if (!v.contains(who)) {
            v.add(who);
        }
        return new Attribution(sentence, cue, cueSpan, source, sourceSpan, entity, content, v, hedged);
    }

    Attribution withHedged(boolean h) {
        return new Attribution(sentence, cue, cueSpan, source, sourceSpan, entity, content, via, h);
    }

    /** Where the attribution starts in the text: its earliest part in its own sentence. */
    int start() {
        int s = content.start();
        if (cueSpan != null) {
            s = Math.min(s, cueSpan.start());
        }
        if (sourceSpan != null && source != null) {
            s = Math.min(s, sourceSpan.start());
        }
        return s;
    }
}
