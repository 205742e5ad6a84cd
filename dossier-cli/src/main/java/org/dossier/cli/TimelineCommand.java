package org.dossier.cli;

import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.EventFamily;
import org.dossier.model.EventType;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.pipeline.OrderedWork;
import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import org.dossier.query.TimelineQuery;
import org.dossier.timeline.EventDate;
import org.dossier.timeline.EventKinds;
import org.dossier.timeline.Timeline;
import org.dossier.timeline.TimelineEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code dossier timeline}: events in date order. With PATHs it extracts those articles and orders their events
 * ({@link Timeline}: partial dates and intervals sort sensibly, undated events listed apart, the source of reported
 * events and the sentence each comes from); without PATH it asks the store.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Events in date order: of the articles named (PATH...), or of the store (no PATH).",
                "For articles: date, type, participants, place, factuality, who reports it, and the sentence it "
                        + "comes from; undated events are listed apart. PATH is anything 'dossier extract' reads."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:some articles failed, or the store could not be read (reported on standard error)",
                "2:bad command line"})
public final class TimelineCommand extends QueryCommand {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to read instead of the store.")
    List<String> paths;

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only events in which NAME (a name, alias or mention of an entity) takes part or is the place.")
    String entity;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after DATE (2024, 2024-12, 2024-12-18).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before DATE (2024, 2024-12, 2024-12-18).")
    String to;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only events of TYPE (VISIT, MEETING, ATTACK, DEATH, JUSTICE, ...); OTHER, the eventive "
            + "words that fit no type, is shown only when asked for this way.")
    String type;

    @Option(names = "--family", paramLabel = "FAMILY", description = "Only events of the types of FAMILY: "
            + "verbal-cooperation, material-cooperation, verbal-conflict, material-conflict (CAMEO's quad classes), "
            + "life, disaster, justice, politics, economy, movement, contest, or other (the eventive words that fit "
            + "no type).")
    String family;

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
        LocalDate first = day("--from", from, false);
        LocalDate last = day("--to", to, true);
        if (first != null && last != null && last.isBefore(first)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to " + to + " is before --from " + from + "; swap them");
        }
        EventKinds kinds = kinds();
        if (paths == null || paths.isEmpty()) {
            return super.call();
        }
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
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
        Timeline timeline = Timeline.of(records, new Timeline.Filter(entity, first, last, kinds));
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
        TimelineQuery query;
        try {
            EventKinds kinds = kinds();
            query = new TimelineQuery(entity, day("--from", from, false), day("--to", to, true), kinds.type(),
                    kinds.family(), limit);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        output.print(out, Rows.Event.class, q.timeline(query));
        return 0;
    }

    /** The types to show: {@code --type}, {@code --family}, or every type but OTHER. */
    private EventKinds kinds() {
        EventType t = eventType();
        EventFamily f = null;
        if (family != null) {
            try {
                f = EventFamily.parse(family);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--family '" + family
                        + "' is not an event family; use one of " + EventFamily.names());
            }
        }
        try {
            return new EventKinds(t, f);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
    }

    private EventType eventType() {
        if (type == null) {
            return null;
        }
        try {
            return EventType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--type '" + type + "' is not an event type; "
                    + "use one of " + Arrays.toString(EventType.values()));
        }
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
