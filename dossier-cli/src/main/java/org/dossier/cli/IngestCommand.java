package org.dossier.cli;

import org.dossier.ingest.sources.Sources;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.corpus.CorpusIngest;
import org.dossier.store.StoreException;
import org.dossier.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code dossier ingest}: articles in, records kept in the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract articles and keep their records in the store; re-ingesting an article is a no-op, "
                + "unless an older version of the extractors stored it: then it is extracted again.",
                "PATH is a .txt article (with NAME.meta.json), a .jsonl file, an .html page, an RSS or Atom feed "
                        + "(.xml, .rss, .atom), a WARC file (.warc, .warc.gz), a folder of them, - for standard input, "
                        + "or an http(s) URL of a page or feed. Only public addresses are fetched (redirects "
                        + "included) unless --allow-host names the host."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was stored or was already stored",
                "1:some articles failed (each is reported on standard error) or the store cannot be opened",
                "2:bad command line"})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "What to read.")
    List<String> paths;

    @Mixin
    StoreOption store;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + CorpusIngest.DEFAULT_MAX_CHARS,
            description = "Refuse articles longer than N characters (default: ${DEFAULT-VALUE}).")
    long maxChars;

    @Option(names = "--user-agent", paramLabel = "UA", description = "User agent for fetching URLs.")
    String userAgent;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "Milliseconds between two requests to the same host (default: ${DEFAULT-VALUE}).")
    long delayMillis;

    @Option(names = "--allow-host", paramLabel = "HOST",
            description = "Fetch from HOST even though it is on this machine or a private network (repeatable). "
                    + "By default only public addresses are fetched.")
    List<String> allowHosts = List.of();

    @Option(names = "--fetch-items",
            description = "Also fetch the item links of local feed files (a feed fetched from a URL always has its "
                    + "items' pages fetched when they carry no full text).")
    boolean fetchItems;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<DossierPipeline> pipelineFactory;
    private final InputStream stdin;

    /** Whether to say "loading language models" before calling the factory (not for the tests' instant ones). */
    boolean announceLoading;

    public IngestCommand() {
        this(DossierPipelines::standard, System.in);
        announceLoading = true;
    }

    /** For tests: a pipeline of their own and a given standard input. */
    IngestCommand(Supplier<DossierPipeline> pipelineFactory, InputStream stdin) {
        this.pipelineFactory = pipelineFactory;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        extraction.check(spec.commandLine());
        extraction.checkId(spec.commandLine(), paths);
        Preflight.atLeast(spec.commandLine(), "--max-chars", maxChars, 1, "characters");
        Preflight.atLeast(spec.commandLine(), "--delay", delayMillis, 0, "milliseconds");
        store.check();
        Preflight.paths(spec.commandLine(), paths, true);
        Map<String, String> oversized = Preflight.oversized(paths, maxChars);
        oversized.values().forEach(m -> err.println("error: " + m));
        err.flush();
        List<String> inputs = paths.stream().filter(p -> !oversized.containsKey(p)).toList();
        JdbcStore db;
        try {
            db = store.open();
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        try (db) {
            long total = InputCount.count(inputs.stream().filter(p -> !p.matches("^https?://.*")).toList());
            if (inputs.isEmpty()) {
                err.println("ingest: 0 stored, 0 already stored, " + oversized.size() + " failed (store: "
                        + db.describe() + ")");
                return 1;
            }
            DossierPipeline pipeline = extraction.pipeline(pipelineFactory, err, announceLoading);
            Progress progress = new Progress(err, inputs.stream().anyMatch(p -> p.matches("^https?://.*")) ? -1 : total,
                    System.console() != null);
            CorpusIngest ingest = new CorpusIngest(db, pipeline, extraction.threads, maxChars, extraction::adjust,
                    extraction::refusal);
            Sources sources = new Sources(stdin, Sources.fetcher(userAgent, delayMillis, allowHosts),
                    fetchItems);
            CorpusIngest.Summary s = ingest.run(sink -> sources.read(inputs, sink), new CorpusIngest.Listener() {
                @Override
                public void stored(String origin, String id, List<String> warnings) {
                    warnings.forEach(w -> err.println("warning: " + origin + ": " + w));
                    progress.article(false);
                }

                @Override
                public void alreadyStored(String origin, String id, String existingId) {
                    progress.article(false);
                }

                @Override
                public void reextracted(String origin, String id, List<String> warnings) {
                    warnings.forEach(w -> err.println("warning: " + origin + ": " + w));
                    progress.article(false);
                }

                @Override
                public void failed(String origin, String message) {
                    err.println("error: " + message);
                    progress.article(true);
                }
            });
            progress.finish();
            err.println("ingest: " + s.stored() + " stored, " + (s.reextracted() > 0 ? s.reextracted()
                    + " re-extracted (stored by an older extractor version), " : "") + s.alreadyStored()
                    + " already stored, " + (s.failed() + oversized.size()) + " failed (store: " + db.describe() + ")");
            return s.failed() + oversized.size() > 0 ? 1 : 0;
        }
    }

}
