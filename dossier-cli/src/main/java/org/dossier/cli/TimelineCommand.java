package org.dossier.cli;

import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.timeline.EventDate;
import org.dossier.timeline.Timeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code dossier timeline}: the events of some articles in date order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"List the events of news articles in date order: date, type, participants, place, "
                + "factuality, who reports it, and the sentence it comes from. Undated events are listed apart.",
                "PATH is anything 'dossier extract' reads: a .txt article, a .jsonl file, a folder, or - ."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was read", "1:some articles failed (each is reported on standard error)",
                "2:bad command line"})
public final class TimelineCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to read.")
    List<String> paths;

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only events in which NAME (a name, alias or mention of an entity) takes part or is the place.")
    String entity;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after DATE (2024, 2024-12, 2024-12-18).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before DATE (2024, 2024-12, 2024-12-18).")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (readable at 100 columns), json or csv (default: ${DEFAULT-VALUE}).")
    TimelineFormat format;

    @Option(names = "--annotation-cache", paramLabel = "DIR",
            description = "Keep CoreNLP annotations in DIR and reuse them on later runs over the same texts.")
    Path annotationCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<DossierPipeline> pipelineFactory;
    private final InputStream stdin;

    public TimelineCommand() {
        this(DossierPipelines::standard, System.in);
    }

    /** For tests: a pipeline of their own and a given standard input. */
    TimelineCommand(Supplier<DossierPipeline> pipelineFactory, InputStream stdin) {
        this.pipelineFactory = pipelineFactory;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate first = day("--from", from, false);
        LocalDate last = day("--to", to, true);
        if (first != null && last != null && last.isBefore(first)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to " + to + " is before --from " + from + "; swap them");
        }
        DossierPipeline pipeline = annotationCache != null ? DossierPipelines.cached(annotationCache) : pipelineFactory.get();
        List<ArticleRecord> records = new ArrayList<>();
        int[] failed = {0};
        new ArticleReader(stdin).read(paths, input -> {
            if (input instanceof ArticleInput.Loaded loaded) {
                Article a = loaded.article();
                try {
                    records.add(pipeline.process(a, loaded.warnings()));
                } catch (RuntimeException e) {
                    failed[0]++;
                    err.println("error: " + a.origin() + ": extraction failed (" + e + "); the article was skipped, "
                            + "please report this with the article");
                }
            } else {
                failed[0]++;
                err.println("error: " + ((ArticleInput.Failed) input).message());
            }
        });
        Timeline timeline = Timeline.of(records, new Timeline.Filter(entity, first, last));
        format.write(timeline, records, out);
        out.flush();
        if (failed[0] > 0) {
            err.println(failed[0] + " articles failed; see the errors above");
            return 1;
        }
        return 0;
    }

    /** A day from a partial ISO date: its first day, or with {@code end} its last ("2024-12" → 2024-12-31). */
    private LocalDate day(String option, String value, boolean end) {
        if (value == null) {
            return null;
        }
        return EventDate.parse(value)
                .map(d -> end ? d.last() : d.first())
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), option + " '" + value
                        + "' is not an ISO date; write 2024, 2024-12 or 2024-12-18"));
    }
}
