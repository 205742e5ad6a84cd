package org.dossier.cli;

import org.dossier.ingest.Sources;
import org.dossier.model.EventType;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import org.dossier.query.TimelineQuery;
import org.dossier.store.CorpusIngest;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code dossier timeline}: events in day order. Without PATH it reads the store; with PATHs it extracts those
 * articles into a throw-away store first and asks the same query, so both answer alike.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Events in day order: of the store (no PATH), or of the articles named (PATH...).",
                "An event is filed under its own date when it has one, else its article's publication day."})
public final class TimelineCommand extends QueryCommand {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to read instead of the store.")
    List<String> paths;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only events this entity takes part in.")
    String entity;

    @Option(names = "--from", paramLabel = "DAY", description = "Only events on or after DAY (2024-12-01).")
    String from;

    @Option(names = "--to", paramLabel = "DAY", description = "Only events on or before DAY.")
    String to;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only events of TYPE (VISIT, MEETING, ATTACK, ...).")
    String type;

    private final Supplier<DossierPipeline> pipelineFactory;

    public TimelineCommand() {
        this(DossierPipelines::standard);
    }

    /** For tests: a pipeline of their own for the PATH form. */
    TimelineCommand(Supplier<DossierPipeline> pipelineFactory) {
        this.pipelineFactory = pipelineFactory;
    }

    private TimelineQuery timelineQuery() {
        EventType t = null;
        if (type != null) {
            try {
                t = EventType.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--type '" + type + "' is not an event type; "
                        + "use one of " + java.util.Arrays.toString(EventType.values()));
            }
        }
        try {
            return new TimelineQuery(entity, day("--from", from), day("--to", to), t, limit);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private LocalDate day(String option, String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " '" + value
                    + "' is not a day; write it as 2024-12-18");
        }
    }

    @Override
    public Integer call() {
        TimelineQuery query = timelineQuery();
        if (paths == null || paths.isEmpty()) {
            return super.call();
        }
        PrintWriter err = spec.commandLine().getErr();
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("dossier-timeline");
            try (JdbcStore db = JdbcStore.open(new StoreLocation.Sqlite(tmp.resolve("timeline.db")), Clock.systemUTC())) {
                long[] failed = new long[1];
                new CorpusIngest(db, pipelineFactory.get(), 1, CorpusIngest.DEFAULT_MAX_CHARS, a -> a)
                        .run(sink -> new Sources(InputStream.nullInputStream(), null).read(paths, sink),
                                new CorpusIngest.Listener() {
                                    @Override
                                    public void stored(String origin, String id, List<String> warnings) {
                                    }

                                    @Override
                                    public void alreadyStored(String origin, String id, String existingId) {
                                    }

                                    @Override
                                    public void failed(String origin, String message) {
                                        failed[0]++;
                                        err.println("error: " + message);
                                    }
                                });
                output.print(spec.commandLine().getOut(), Rows.Event.class, new CorpusQueries(db).timeline(query));
                return failed[0] > 0 ? 1 : 0;
            }
        } catch (IOException | StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(tmp);
        }
    }

    @Override
    int query(CorpusQueries q, PrintWriter out) {
        output.print(out, Rows.Event.class, q.timeline(timelineQuery()));
        return 0;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
