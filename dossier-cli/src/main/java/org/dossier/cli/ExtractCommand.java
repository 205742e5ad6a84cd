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
import java.util.List;
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

    public ExtractCommand() {
        this(DossierPipelines::standard, System.in);
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
        if (output != null) {
            Files.createDirectories(output);
        }
        Format fmt = format != null ? format : output != null ? Format.json : Format.jsonl;
        long total = InputCount.count(paths);
        Progress progress = new Progress(err, total, System.console() != null);
        DossierPipeline pipeline = extraction.pipeline(pipelineFactory);
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
        String text = fmt == Format.json ? DossierJson.pretty(record) : DossierJson.line(record);
        if (output != null) {
            Path file = output.resolve(safeFileName(record.article().id()) + (fmt == Format.json ? ".json" : ".jsonl"));
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

    static String safeFileName(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
