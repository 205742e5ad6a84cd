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

    @Option(names = "--memory", paramLabel = "SIZE", defaultValue = DEFAULT_MEMORY,
            description = "Heap of the job's JVM, the driver and local[N]'s executor in one (default: "
                    + "${DEFAULT-VALUE}: the models' 0.65 GB, shared by the task threads, and Spark's own; measured "
                    + "in docs/spark.md). At least 1g.")
    String memory;

    /** The job JVM's heap by default: measured for local[2] over PolNeAR-dev (docs/spark.md, "Memory"). */
    static final String DEFAULT_MEMORY = "1500m";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!memory.matches("\\d+[kKmMgG]")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--memory is a size like 2g or 1500m, not '"
                    + memory + "'");
        }
        if (bytes(memory) < (1L << 30)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--memory " + memory + " is too small: the "
                    + "models alone take about 0.65 GB and Spark keeps 300 MB; give at least 1g");
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
        cmd.addAll(heapOptions(memory));
        cmd.addAll(JAVA_OPTIONS);
        // no web UI for a local run (its Jetty server costs start-up time; the console shows progress):
        // DOSSIER_SPARK_JAVA_OPTS=-Dspark.ui.enabled=true brings it back on port 4040
        cmd.add("-Dspark.ui.enabled=false");
        String extra = System.getenv("DOSSIER_SPARK_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        ClassArchive archive = ClassArchive.forJob(System.getProperty("java.class.path"), System.getenv("DOSSIER_CDS"));
        if (archive != null) {
            cmd.addAll(archive.options());
            if (archive.recording()) {
                spec.commandLine().getErr().println("dossier: recording the classes the Spark job loads into "
                        + archive.file().getFileName() + ", for faster starts (once after each build; a few seconds "
                        + "at the end of this run)");
            }
        }
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
        if (archive != null) {
            archive.finish(code == 0, spec.commandLine().getErr());
        }
        return code == 0 ? 0 : code == 2 ? 2 : 1;
    }

    /**
     * The job JVM's heap and collector: those of the launcher ({@code ./dossier}: the whole heap from the start, the
     * parallel collector, a young generation of 200 MB), with the heap of {@code --memory}. The driver and local
     * mode's executor share this JVM; G1 in a heap mostly full of the models marks it again and again (docs/spark.md,
     * "Memory"). The first metaspace threshold is raised from about 21 MB: Spark's generated classes pass it after
     * the models have loaded, which cost a full collection of the whole heap (measured: 4.8 s under load).
     */
    static List<String> heapOptions(String memory) {
        return List.of("-Xms" + memory, "-Xmx" + memory, "-Xmn200m", "-XX:+UseParallelGC", "-XX:MetaspaceSize=128m");
    }

    /** A size like {@code 1500m} in bytes. */
    static long bytes(String size) {
        long n = Long.parseLong(size.substring(0, size.length() - 1));
        return switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
            case 'k' -> n << 10;
            case 'm' -> n << 20;
            default -> n << 30;
        };
    }
}
