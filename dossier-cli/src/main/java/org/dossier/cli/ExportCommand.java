package org.dossier.cli;

import org.dossier.export.DossierJson;
import org.dossier.export.EventCsvExporter;
import org.dossier.export.TimeMlExporter;
import org.dossier.query.CorpusEventCsv;
import org.dossier.query.CorpusQueries;
import org.dossier.store.StoreException;
import org.dossier.store.jdbc.ClusterExport;
import org.dossier.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dossier export}: the store's records as dossier/1 JSON Lines, an events CSV, or TimeML files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write out what the store holds.",
                "jsonl: each article's dossier/1 record, one per line, exactly as extract wrote it.",
                "csv: events, one row each, GDELT-like columns (date, actors, CAMEO, location, URL, factuality, claim source).",
                "timeml: one <id>.tml TimeML file per article into --output DIR, with TIMEX3, EVENT and the DCT.",
                "clusters: corpus events and corpus entities as the JSON Lines of score_xdoc.py (ECB+), one cluster "
                        + "per line with the triggers and mentions of its articles; timexes of one day together.",
                "events-csv: corpus events, one row each, GDELT-style (NumMentions, NumArticles, NumSources, "
                        + "QuadClass, DATEADDED, SOURCEURL, and where the reports disagree).",
                "mentions-csv: every report of every corpus event, one row each, keyed by GLOBALEVENTID (article, "
                        + "sentence, who carries it, factuality, date, place, participants, merge reason)."})
public final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, csv, timeml, clusters, events_csv, mentions_csv }

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = FormatName.class,
            description = "jsonl, csv, timeml, clusters, events-csv or mentions-csv (default: ${DEFAULT-VALUE}).")
    Format format;

    /** A format as typed ({@code events-csv}); the enum spells the hyphen as an underscore. */
    static final class FormatName implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().replace('_', '-').equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use one of "
                    + String.join(", ", java.util.Arrays.stream(Format.values())
                    .map(f -> f.name().replace('_', '-')).toList()));
        }
    }

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "A file (jsonl, csv, clusters) or a folder (timeml; required) instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.timeml && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format timeml writes one file per article: give the folder with --output DIR");
        }
        try (JdbcStore db = store.openReadOnly()) {
            long[] counts = new long[1];
            if (format == Format.timeml) {
                Files.createDirectories(output);
                db.forEach(r -> {
                    TimeMlExporter.Result t = TimeMlExporter.export(r);
                    t.skipped().forEach(s -> err.println("warning: " + r.article().id() + ": " + s));
                    write(output.resolve(ExtractCommand.fileName(r.article().id()) + ".tml"), t.xml());
                    counts[0]++;
                });
            } else {
                Writer out = output == null ? spec.commandLine().getOut()
                        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                try {
                    if (format == Format.clusters) {
                        ClusterExport.Counts n = ClusterExport.write(db, s -> line(out, s));
                        err.println("export: " + n.events() + " event clusters, " + n.entities() + " entity clusters, "
                                + n.times() + " time clusters from " + db.describe());
                        return 0;
                    } else if (format == Format.events_csv || format == Format.mentions_csv) {
                        counts[0] = corpusEvents(db, out, format == Format.events_csv);
                    } else if (format == Format.jsonl) {
                        db.forEach(r -> {
                            line(out, DossierJson.line(r));
                            counts[0]++;
                        });
                    } else {
                        EventCsvExporter csv = new EventCsvExporter(out);
                        csv.header();
                        db.forEach(r -> {
                            csv.write(r);
                            counts[0]++;
                        });
                    }
                } finally {
                    if (output != null) {
                        out.close();
                    } else {
                        out.flush();
                    }
                }
            }
            String what = format == Format.events_csv || format == Format.mentions_csv ? " corpus events (" : " articles (";
            err.println("export: " + counts[0] + what + format.name().replace('_', '-') + ") from " + db.describe());
            return 0;
        } catch (StoreException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** The corpus events table, or their reports (the mentions table), GDELT-style; returns the corpus events. */
    private static long corpusEvents(JdbcStore db, Writer out, boolean events) {
        write(out, events ? CorpusEventCsv.eventHeader() : CorpusEventCsv.mentionHeader());
        return new CorpusQueries(db).corpusEvents().forEach(!events,
                d -> write(out, events ? CorpusEventCsv.event(d) : CorpusEventCsv.mentions(d)));
    }

    private static void write(Writer out, String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static void line(Writer out, String s) {
        try {
            out.write(s);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static void write(Path file, String s) {
        try {
            Files.writeString(file, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
