package org.dossier.cli;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.pipeline.DossierPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Model-free pipelines for command tests: white-space tokens, every capitalized word a one-token entity. */
final class FakePipelines {

    private FakePipelines() {
    }

    /** A pipeline that spends {@code millisPerArticle} on each article, to make runs long enough to interrupt. */
    static DossierPipeline capitalized(long millisPerArticle) {
        Annotator whitespace = text -> {
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
        return new DossierPipeline(whitespace, (a, anchor) -> List.of(), (annotated, article, timexes) -> {
            List<Entity> out = new ArrayList<>();
            for (Token t : annotated.sentences().get(0).tokens()) {
                if (Character.isUpperCase(t.word().charAt(0)) && out.size() < 40) {
                    out.add(new Entity("E" + (out.size() + 1), EntityType.MISC, null, t.word(), List.of(), List.of(),
                            List.of(Span.of(annotated.text(), t.start(), t.end()))));
                }
            }
            return out;
        }, (annotated, article, entities, timexes, claims) -> List.of());
    }
}
