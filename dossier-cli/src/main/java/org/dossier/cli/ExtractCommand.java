package org.dossier.cli;

import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.pipeline.OrderedWork;
import org.dossier.export.DossierJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** {@code dossier extract}: articles in, {@code dossier/1} JSON out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract entities and normalized dates from news articles as dossier/1 JSON.",
                "PATH is a .txt article (metadata from NAME.meta.json beside it), a .jsonl file "
                        + "(one article object per line, with a \"text\" field), a folder of them, or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was extracted", "1:some articles failed (each is reported on standard error)",
                "2:bad command line"})
public final class ExtractCommand implements Callable<Integer> {

    enum Format { json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to read.")
    List<String> paths;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json (indented; one article per file with --output) or jsonl (one article per line). "
                    + "Default: json for --output, jsonl otherwise.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write one <id>.json per article into DIR instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<DossierPipeline> pipelineFactory;
    private final InputStream stdin;

    /** Whether to say "loading language models" before calling the factory (not for the tests' instant ones). */
    boolean announceLoading;

    public ExtractCommand() {
        this(DossierPipelines::standard, System.in);
        announceLoading = true;
    }

    /** For tests: a pipeline of their own and a given standard input. */
    ExtractCommand(Supplier<DossierPipeline> pipelineFactory, InputStream stdin) {
        this.pipelineFactory = pipelineFactory;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        extraction.check(spec.commandLine());
        extraction.checkId(spec.commandLine(), paths);
        Preflight.paths(spec.commandLine(), paths, false);
        if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o '" + output + "' is a file; give a "
                    + "folder (it is made if missing)");
        }
        if (output != null) {
            Files.createDirectories(output);
        }
        Format fmt = format != null ? format : output != null ? Format.json : Format.jsonl;
        long total = InputCount.count(paths);
        DossierPipeline pipeline = extraction.pipeline(pipelineFactory, err, announceLoading);
        Progress progress = new Progress(err, total, System.console() != null);
        long[] counts = new long[2]; // done, failed
        try (OrderedWork<Pending> work = new OrderedWork<>(extraction.threads, "dossier-extract", p -> {
            emit(p, fmt, out, err, counts);
            progress.update(counts[0], counts[1]);
        })) {
            new ArticleReader(stdin).read(paths, input -> work.add(submit(work, pipeline, input)));
            work.drain();
        }
        progress.finish(counts[0], counts[1]);
        out.flush();
        if (counts[1] > 0) {
            err.println(counts[1] + " of " + counts[0] + " articles failed; see the errors above");
            return 1;
        }
        return 0;
    }

    /** An article under way, or one that failed to read. */
    private record Pending(ArticleInput input, Future<ArticleRecord> result) {
    }

    private Pending submit(OrderedWork<Pending> work, DossierPipeline pipeline, ArticleInput input) {
        if (input instanceof ArticleInput.Loaded loaded) {
            Article a = extraction.adjust(loaded.article());
            Optional<String> refusal = extraction.refusal(a);
            if (refusal.isPresent()) {
                return new Pending(new ArticleInput.Failed(input.origin(), refusal.get()), null);
            }
            return new Pending(input, work.start(() -> pipeline.process(a, loaded.warnings())));
        }
        return new Pending(input, null);
    }

    private void emit(Pending p, Format fmt, PrintWriter out, PrintWriter err, long[] counts) {
        counts[0]++;
        if (p.input() instanceof ArticleInput.Failed f) {
            counts[1]++;
            err.println("error: " + f.message());
            return;
        }
        ArticleRecord record;
        try {
            record = OrderedWork.await(p.result());
        } catch (ExecutionException e) {
            counts[1]++;
            err.println("error: " + OrderedWork.failureMessage(p.input().origin(), e));
            return;
        }
        for (String w : record.warnings()) {
            err.println("warning: " + p.input().origin() + ": " + w);
        }
        if (output != null) {
            record = unique(record, p.input().origin(), err);
        }
        String text = fmt == Format.json ? DossierJson.pretty(record) : DossierJson.line(record);
        if (output != null) {
            Path file = output.resolve(fileName(record.article().id()) + (fmt == Format.json ? ".json" : ".jsonl"));
            try {
                Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                counts[1]++;
                err.println("error: " + file + ": cannot write (" + e.getMessage() + "); check the folder's space and rights");
            }
        } else {
            out.println(text);
        }
    }

    /** Origins of the records written to {@code -o} in this run, by their file name folded to lower case. */
    private final Map<String, String> written = new HashMap<>();

    /**
     * {@code record}, or, when an earlier article of this run has its id (or one with the same file name, letter case
     * aside, as case-insensitive file systems see it), the record under a new id {@code ID-2}, {@code ID-3}, ...
     * with a warning in the record and on standard error. Made unique rather than refused: a folder of pages often
     * holds two "index" articles, and refusing would lose the second one's work; the warning names both files.
     */
    private ArticleRecord unique(ArticleRecord record, String origin, PrintWriter err) {
        String id = record.article().id();
        String key = fileName(id).toLowerCase(Locale.ROOT);
        String first = written.get(key);
        if (first == null) {
            written.put(key, origin);
            return record;
        }
        String newId = id;
        for (int n = 2; written.containsKey(fileName(newId).toLowerCase(Locale.ROOT)); n++) {
            newId = id + "-" + n;
        }
        written.put(fileName(newId).toLowerCase(Locale.ROOT), origin);
        String warning = "id '" + id + "' was already written in this run (by " + first + "), so this article is "
                + "written as '" + newId + "'; give one of them another \"id\" in its metadata";
        err.println("warning: " + origin + ": " + warning);
        Article a = record.article();
        List<String> warnings = new ArrayList<>(record.warnings());
        warnings.add(warning);
        return new ArticleRecord(new Article(newId, a.title(), a.source(), a.url(), a.published(), a.language(),
                a.text(), a.origin()), record.sha256(), record.entities(), record.timexes(), record.quotes(),
                record.claims(), record.events(), warnings);
    }

    /** Longest file name stem written; longer ids get a shortened stem and a hash suffix (file systems allow 255). */
    static final int MAX_STEM = 200;

    /**
     * The file name stem for an id: letters, digits, '.', '_' and '-' kept, anything else '_'; an id longer than
     * {@link #MAX_STEM} is cut and given the first 16 hex digits of its SHA-256, so two long ids that share a
     * beginning get two files (the record keeps the whole id).
     */
    static String fileName(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
        s = s.isEmpty() || s.startsWith(".") ? "_" + s : s;
        if (s.length() <= MAX_STEM) {
            return s;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return s.substring(0, MAX_STEM - 17) + "-" + HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
