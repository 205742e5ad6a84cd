package org.dossier.cli;

import org.dossier.model.Article;
import org.dossier.model.PublicationDate;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.function.Supplier;

/** The options of the commands that run the extract pipeline: {@code --published}, {@code --threads}, {@code --annotation-cache}. */
final class ExtractionOptions {

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date for every article (ISO, e.g. 2024-12-18), overriding the metadata.")
    String published;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Articles annotated in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--annotation-cache", paramLabel = "DIR",
            description = "Keep CoreNLP annotations in DIR and reuse them on later runs over the same texts.")
    Path annotationCache;

    /** Refuses bad values as usage errors, naming the option and the fix. */
    void check(CommandLine commandLine) {
        if (threads < 1) {
            throw new CommandLine.ParameterException(commandLine, "--threads must be at least 1, not " + threads);
        }
        if (published != null) {
            try {
                PublicationDate.parse(published);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, "--published: " + e.getMessage());
            }
        }
    }

    /** The pipeline to run: over the annotation cache when one is given, else {@code otherwise}'s. */
    DossierPipeline pipeline(Supplier<DossierPipeline> otherwise) {
        return annotationCache != null ? DossierPipelines.cached(annotationCache) : otherwise.get();
    }

    /** The article with {@code --published} applied. */
    Article adjust(Article a) {
        return published != null ? a.withPublished(published) : a;
    }
}
