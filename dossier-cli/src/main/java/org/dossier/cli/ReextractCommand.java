package org.dossier.cli;

import org.dossier.corpus.Reextraction;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.store.StoreException;
import org.dossier.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code dossier reextract}: stored records brought up to the current extractors, from their stored text. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = {"Extract stored articles again from their stored text and metadata, and replace their records "
                + "(corpus entities follow), one transaction per article.",
                "By default (--older) only the articles an older version of the extractors produced, which "
                        + "'dossier check' reports; an interrupted run is finished by running it again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article taken was re-extracted (or none needed it)",
                "1:some articles failed (each is reported on standard error; their old records stay) or the store "
                        + "cannot be opened",
                "2:bad command line"})
public final class ReextractCommand implements Callable<Integer> {

    /** {@code --older} (the default) or {@code --all}. */
    static final class Which {
        @Option(names = "--older", description = "Only articles extracted by another (older) version (default).")
        boolean older;

        @Option(names = "--all", description = "Every stored article.")
        boolean all;
    }

    @ArgGroup(exclusive = true)
    Which which;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Articles annotated in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--annotation-cache", paramLabel = "DIR",
            description = "Keep CoreNLP annotations in DIR and reuse them on later runs over the same texts.")
    Path annotationCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<DossierPipeline> pipelineFactory;

    /** Whether to say "loading language models" before calling the factory (not for the tests' instant ones). */
    boolean announceLoading;

    public ReextractCommand() {
        this(DossierPipelines::standard);
        announceLoading = true;
    }

    /** For tests: a pipeline of their own. */
    ReextractCommand(Supplier<DossierPipeline> pipelineFactory) {
        this.pipelineFactory = pipelineFactory;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Preflight.atLeast(spec.commandLine(), "--threads", threads, 1, "");
        store.check();
        JdbcStore db;
        try {
            db = store.open();
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        try (db) {
            boolean all = which != null && which.all;
            DossierPipeline pipeline = ExtractionOptions.pipeline(annotationCache, pipelineFactory, err, announceLoading);
            Reextraction reextraction = new Reextraction(db, pipeline, threads);
            List<String> ids = reextraction.pending(all ? Reextraction.Scope.ALL : Reextraction.Scope.OLDER);
            if (ids.isEmpty()) {
                err.println("reextract: every article is up to date (extractor version " + pipeline.version()
                        + "; store: " + db.describe() + ")");
                return 0;
            }
            Progress progress = new Progress(err, ids.size(), System.console() != null);
            Reextraction.Summary s = reextraction.run(ids, new Reextraction.Listener() {
                @Override
                public void reextracted(String id, List<String> warnings) {
                    warnings.forEach(w -> err.println("warning: " + id + ": " + w));
                    progress.article(false);
                }

                @Override
                public void failed(String id, String message) {
                    err.println("error: " + message);
                    progress.article(true);
                }
            });
            progress.finish();
            err.println("reextract: " + s.reextracted() + " re-extracted, " + s.failed() + " failed, by extractor "
                    + "version " + pipeline.version() + " (store: " + db.describe() + ")");
            return s.failed() > 0 ? 1 : 0;
        }
    }
}
