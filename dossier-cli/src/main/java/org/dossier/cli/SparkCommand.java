package org.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dossier spark}: the Spark job ({@code org.dossier.spark.DossierSparkJob}) in local mode, in a JVM of its
 * own with the heap and the Java 17 options Spark needs; on a cluster the same job runs with {@code spark-submit}
 * and the job jar (docs/spark.md).
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Run the Dossier Spark job in local mode: records (what extract prints), Parquet tables, errors "
                + "and corpus entities under --output. On a cluster, submit dossier-spark's job jar instead "
                + "(docs/spark.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the job ran (articles that failed are in errors/)", "1:the job failed",
                "2:bad command line"})
public final class SparkCommand implements Callable<Integer> {

    /** What Spark's launcher gives its JVMs on Java 17. */
    static final List<String> JAVA_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false");

    @Option(names = "--input", required = true, paramLabel = "URI",
            description = "Articles: .txt (+ NAME.meta.json), .jsonl, .warc(.gz), a folder or a glob; any Hadoop URI. "
                    + "Repeatable.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "URI",
            description = "Folder for records/, texts/, the tables, errors/, corpus_entities/, entity_corpus/; "
                    + "replaced on each run.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "The tables' format: parquet or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
            description = "Spark master (default: ${DEFAULT-VALUE}: 2 task threads sharing one pipeline).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Extraction tasks (default: one per input file, 4 to 32 per core).")
    Integer partitions;

    @Option(names = "--annotation-cache", paramLabel = "DIR",
            description = "Keep CoreNLP annotations in DIR and reuse them on later runs over the same texts.")
    Path annotationCache;

    @Option(names = "--memory", paramLabel = "SIZE", defaultValue = "6g",
            description = "Heap of the job's JVM (default: ${DEFAULT-VALUE}; the models need 3 to 4 GB).")
    String memory;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!memory.matches("\\d+[kKmMgG]")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--memory is a size like 6g or 4096m, not '"
                    + memory + "'");
        }
        if (!format.equals("parquet") && !format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format is parquet or jsonl, not '"
                    + format + "'");
        }
        if (partitions != null) {
            Preflight.atLeast(spec.commandLine(), "--partitions", partitions, 1, "");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + memory);
        cmd.addAll(JAVA_OPTIONS);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.dossier.spark.DossierSparkJob");
        for (String i : inputs) {
            cmd.add("--input");
            cmd.add(i);
        }
        cmd.addAll(List.of("--output", output, "--format", format, "--master", master));
        if (partitions != null) {
            cmd.addAll(List.of("--partitions", partitions.toString()));
        }
        if (annotationCache != null) {
            cmd.addAll(List.of("--annotation-cache", annotationCache.toAbsolutePath().toString()));
        }
        spec.commandLine().getErr().println("loading language models once for the job's JVM (about "
                + ExtractionOptions.MODEL_LOAD_SECONDS + " s) …");
        spec.commandLine().getErr().flush();
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int code = p.waitFor();
        return code == 0 ? 0 : code == 2 ? 2 : 1;
    }
}
