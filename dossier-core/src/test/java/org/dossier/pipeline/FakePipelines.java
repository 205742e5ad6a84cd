package org.dossier.pipeline;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.event.EventExtractor;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model-free pipelines for tests of what runs around the pipeline (commands, store, web): white-space tokens,
 * every capitalized word a one-token entity. Shared with the other modules through dossier-core's test jar.
 */
public final class FakePipelines {

    private FakePipelines() {
    }

    /** One sentence of white-space tokens, after a pause of {@code millisPerArticle}. */
    public static Annotator whitespace(long millisPerArticle) {
        return text -> {
            if (millisPerArticle > 0) {
                try {
                    Thread.sleep(millisPerArticle);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            List<Token> tokens = new ArrayList<>();
            Matcher m = Pattern.compile("\\S+").matcher(text);
            while (m.find()) {
                tokens.add(new Token(tokens.size(), m.start(), m.end(), m.group(), m.group(), "NN", "O", "O"));
            }
            return new AnnotatedArticle(text, List.of(new Sentence(0, 0, text.length(), tokens, List.of())));
        };
    }

    /** Every capitalized token (at most 40) is an entity of {@code type}. */
    public static EntityExtractor capitalizedEntities(EntityType type) {
        return (annotated, article, timexes) -> {
            List<Entity> out = new ArrayList<>();
            for (Token t : annotated.sentences().get(0).tokens()) {
                if (Character.isUpperCase(t.word().charAt(0)) && out.size() < 40) {
                    out.add(new Entity("E" + (out.size() + 1), type, null, t.word(), List.of(), List.of(),
                            List.of(Span.of(annotated.text(), t.start(), t.end()))));
                }
            }
            return out;
        };
    }

    /** White-space tokens, capitalized words as entities, and the given event stage; no timexes, claims or quotes. */
    public static DossierPipeline withEvents(EntityType entityType, EventExtractor events) {
        return new DossierPipeline(whitespace(0), new Extractors((a, anchor) -> List.of(),
                capitalizedEntities(entityType), (annotated, entities, timexes) -> List.of(),
                (annotated, claims) -> List.of(), events));
    }

    /** A pipeline that spends {@code millisPerArticle} on each article, to make runs long enough to interrupt. */
    public static DossierPipeline capitalized(long millisPerArticle) {
        return new DossierPipeline(whitespace(millisPerArticle), new Extractors((a, anchor) -> List.of(),
                capitalizedEntities(EntityType.MISC), (annotated, entities, timexes) -> List.of(),
                (annotated, claims) -> List.of(), (annotated, article, entities, timexes, claims) -> List.of()));
    }

    /**
     * A pipeline whose event stage reads a word list, as the real event lexicon is read: every token listed in
     * {@code lexicon} (one lower-case word a line) is a MEETING event with the article's first capitalized word as
     * its source; white-space tokens, capitalized words as MISC entities. Its version is computed from the lexicon's
     * content as {@link ExtractorVersion} computes the real one, so changing an entry changes it.
     */
    public static DossierPipeline withLexicon(String lexicon) {
        java.util.Set<String> words = new java.util.HashSet<>();
        lexicon.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        EventExtractor events = (annotated, article, entities, timexes, claims) -> {
            List<org.dossier.model.Event> out = new ArrayList<>();
            for (Token t : annotated.sentences().get(0).tokens()) {
                String w = t.word().toLowerCase(java.util.Locale.ROOT).replaceAll("\\p{P}+$", "");
                if (words.contains(w)) {
                    List<org.dossier.model.Participant> ps = entities.isEmpty() ? List.of()
                            : List.of(new org.dossier.model.Participant(entities.get(0).id(), "source"));
                    out.add(new org.dossier.model.Event("V" + (out.size() + 1), org.dossier.model.EventType.MEETING,
                            org.dossier.model.EventType.MEETING.cameo(), w,
                            Span.of(annotated.text(), t.start(), t.start() + w.length()), 0, ps, null, null, null,
                            org.dossier.model.Factuality.ASSERTED, null));
                }
            }
            return out;
        };
        String version = "fake-lexicon+" + ExtractorVersion.digest(java.util.Map.of(
                "org/dossier/extract/event/test-lexicon.txt", lexicon.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new DossierPipeline(whitespace(0), new Extractors((a, anchor) -> List.of(),
                capitalizedEntities(EntityType.MISC), (annotated, entities, timexes) -> List.of(),
                (annotated, claims) -> List.of(), events), version);
    }

    /** No pause: white-space tokens and capitalized words as MISC entities, nothing else. */
    public static DossierPipeline capitalized() {
        return capitalized(0);
    }
}
