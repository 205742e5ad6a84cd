package org.dossier.cli;

import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/** Entry point of the {@code dossier} command. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
        description = "News intelligence: who did what, with whom, where and when, and who says so.",
        subcommands = {ExtractCommand.class, IngestCommand.class, ReextractCommand.class, ExportCommand.class,
                CheckCommand.class,
                TimelineCommand.class, EventCommand.class, ConflictsCommand.class,
                QuotesCommand.class, ClaimsCommand.class, EntityCommand.class, SearchCommand.class,
                ServeCommand.class, ImportCommand.class, SparkCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'dossier extract ARTICLE.txt'");
    }

    /** The command line, writing UTF-8 whatever the platform's default charset. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return withErrorMessages(cl);
    }

    /**
     * A failure no command caught is printed as one line, {@code error: WHAT}, without Java's exception names or a
     * stack trace (set DOSSIER_DEBUG=1 to see it); exit code 1.
     */
    static CommandLine withErrorMessages(CommandLine cl) {
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + describe(e));
            if (System.getenv("DOSSIER_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return 1;
        });
        return cl;
    }

    /** What went wrong, in words: the first message in the chain of causes, without exception class names. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                String clean = m.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?\\s*", "")
                        .strip();
                if (!clean.isEmpty()) {
                    return clean;
                }
            }
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; give Java more (e.g. JAVA_OPTS=-Xmx8g) or fewer --threads";
        }
        return "an unexpected failure inside Dossier (please report it; DOSSIER_DEBUG=1 shows where it happened)";
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
