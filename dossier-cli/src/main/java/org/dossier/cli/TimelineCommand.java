package org.dossier.cli;

import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.pipeline.OrderedWork;
import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import org.dossier.query.TimelineQuery;
import org.dossier.timeline.EventKinds;
import org.dossier.timeline.Timeline;
import org.dossier.timeline.TimelineEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code dossier timeline}: events in date order. With PATHs it extracts those articles and orders their events
 * ({@link Timeline}: partial dates and intervals sort sensibly, undated events listed apart, the source of reported
 * events and the sentence each comes from); without PATH it asks the store.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Events in date order: of the articles named (PATH...), or of the store (no PATH).",
                "For articles: date, type, participants, place, factuality, who reports it, and the sentence it "
                        + "comes from; undated events are listed apart. PATH is anything 'dossier extract' reads.",
                "For the store: one row per corpus event (the reports of one real-world event across articles): its "
                        + "first and last day, type, predicate, who acts on whom and where, how many reports, "
                        + "articles and sources tell it, when it was first reported, and where the reports disagree "
                        + "(date, place, participant, factuality, since); 'dossier event ID' shows its reports. "
                        + "--per-article lists every article's events instead."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:some articles failed, or the store could not be read (reported on standard error)",
                "2:bad command line"})
public final class TimelineCommand extends QueryCommand {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to read instead of the store.")
    List<String> paths;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--per-article", description = "Over the store: one row per event of each article (the events as "
            + "each article tells them) instead of one row per corpus event.")
    boolean perArticle;

    @Option(names = "--annotation-cache", paramLabel = "DIR",
            description = "With PATHs: keep CoreNLP annotations in DIR and reuse them on later runs over the same texts.")
    Path annotationCache;

    private final Supplier<DossierPipeline> pipelineFactory;
    private final InputStream stdin;

    /** Whether to say "loading language models" before calling the factory (not for the tests' instant ones). */
    boolean announceLoading;

    public TimelineCommand() {
        this(DossierPipelines::standard, System.in);
        announceLoading = true;
    }

    /** For tests: a pipeline of their own for the PATH form. */
    TimelineCommand(Supplier<DossierPipeline> pipelineFactory) {
        this(pipelineFactory, InputStream.nullInputStream());
    }

    /** For tests: a pipeline of their own and a given standard input. */
    TimelineCommand(Supplier<DossierPipeline> pipelineFactory, InputStream stdin) {
        this.pipelineFactory = pipelineFactory;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        LocalDate first = filter.first(cl);
        LocalDate last = filter.last(cl);
        EventKinds kinds = filter.kinds(cl);
        if (paths == null || paths.isEmpty()) {
            return super.call();
        }
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        if (perArticle) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--per-article is for the store; a timeline "
                    + "of articles (PATH...) already lists each article's events");
        }
        Preflight.paths(spec.commandLine(), paths, false);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DossierPipeline pipeline = ExtractionOptions.pipeline(annotationCache, pipelineFactory, err, announceLoading);
        List<ArticleRecord> records = new ArrayList<>();
        int[] failed = {0};
        new ArticleReader(stdin).read(paths, input -> {
            if (input instanceof ArticleInput.Loaded loaded) {
                Article a = loaded.article();
                try {
                    records.add(pipeline.process(a, loaded.warnings()));
                } catch (RuntimeException e) {
                    failed[0]++;
                    err.println("error: " + OrderedWork.failureMessage(a.origin(), e));
                }
            } else {
                failed[0]++;
                err.println("error: " + ((ArticleInput.Failed) input).message());
            }
        });
        Timeline timeline = Timeline.of(records, new Timeline.Filter(filter.entity, first, last, kinds));
        List<TimelineEntry> dated = timeline.dated().stream().limit(limit).toList();
        List<TimelineEntry> undated = timeline.undated().stream().limit(Math.max(0, limit - dated.size())).toList();
        TimelineFormat.valueOf(output.format.name()).write(new Timeline(dated, undated), records, out);
        out.flush();
        if (failed[0] > 0) {
            err.println(failed[0] + " articles failed; see the errors above");
            return 1;
        }
        return 0;
    }

    @Override
    int query(CorpusQueries q, PrintWriter out) {
        TimelineQuery query = filter.query(spec.commandLine(), limit);
        if (perArticle) {
            output.print(out, Rows.Event.class, q.timeline(query));
        } else {
            output.print(out, Rows.CorpusEvent.class, q.corpusEvents().timeline(query, null, null));
        }
        return 0;
    }
}
