package org.dossier.cli;

import org.dossier.model.Article;
import org.dossier.model.PublicationDate;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.pipeline.LanguageCheck;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The options of the commands that run the extract pipeline: {@code --published}, {@code --threads}, {@code --annotation-cache}. */
final class ExtractionOptions {

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date for every article (ISO, e.g. 2024-12-18), overriding the metadata.")
    String published;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Articles annotated in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--id", paramLabel = "ID",
            description = "Id of the article read as plain text from standard input (-) (default: stdin- and 12 hex "
                    + "digits of its text's SHA-256).")
    String id;

    @Option(names = "--english-only",
            description = "Skip articles whose text is not English (reported as failed) instead of extracting them "
                    + "with a warning.")
    boolean englishOnly;

    @Option(names = "--annotation-cache", paramLabel = "DIR",
            description = "Keep CoreNLP annotations in DIR and reuse them on later runs over the same texts.")
    Path annotationCache;

    /** Refuses bad values as usage errors, naming the option and the fix. */
    void check(CommandLine commandLine) {
        Preflight.atLeast(commandLine, "--threads", threads, 1, "");
        if (published != null) {
            try {
                PublicationDate.parse(published);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, "--published: " + e.getMessage());
            }
        }
    }

    /**
     * About how long the language models take to load on this kind of machine (issue 12: 15 s of CPU on three
     * threads; 51 s measured with the 2 cores shared with a load average of 12, less on an idle machine).
     */
    static final int MODEL_LOAD_SECONDS = 15;

    /**
     * The pipeline to run: over the annotation cache when one is given (its models load only on a cache miss), else
     * {@code otherwise}'s, loading the language models after saying so on {@code err} when {@code announce}.
     */
    DossierPipeline pipeline(Supplier<DossierPipeline> otherwise, PrintWriter err, boolean announce) {
        return pipeline(annotationCache, otherwise, err, announce);
    }

    /** {@link #pipeline(Supplier, PrintWriter, boolean)} for a command with its own {@code --annotation-cache}. */
    static DossierPipeline pipeline(Path annotationCache, Supplier<DossierPipeline> otherwise, PrintWriter err,
                                    boolean announce) {
        if (annotationCache != null) {
            return DossierPipelines.cached(annotationCache);
        }
        if (announce) {
            announceLoading(err);
        }
        return otherwise.get();
    }

    /** Says on {@code err} that the language models are loading, and about how long that takes. */
    static void announceLoading(PrintWriter err) {
        err.println("loading language models (about " + MODEL_LOAD_SECONDS + " s) …");
        err.flush();
        LanguageCheck.preloadInBackground();
    }

    /** Why {@code a} is not extracted ({@code --english-only} and its text is not English), or empty. */
    Optional<String> refusal(Article a) {
        return englishOnly ? LanguageCheck.refusal(a) : Optional.empty();
    }

    /** Refuses {@code --id} when standard input is not read, or is blank. */
    void checkId(CommandLine commandLine, java.util.List<String> paths) {
        if (id == null) {
            return;
        }
        if (id.isBlank()) {
            throw new CommandLine.ParameterException(commandLine, "--id is blank; give the article an id, or leave "
                    + "--id out");
        }
        if (!paths.contains("-")) {
            throw new CommandLine.ParameterException(commandLine, "--id names the article read from standard input, "
                    + "and none is read; add - to the paths, or give other articles their id in their metadata");
        }
    }

    /** The article with {@code --published} and, for the plain-text article of standard input, {@code --id} applied. */
    Article adjust(Article a) {
        Article b = id != null && "stdin".equals(a.origin()) ? new Article(id, a.title(), a.source(), a.url(),
                a.published(), a.language(), a.text(), a.origin()) : a;
        return published != null ? b.withPublished(published) : b;
    }
}
