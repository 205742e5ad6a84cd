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
                TimelineCommand.class, QuotesCommand.class, ClaimsCommand.class, EntityCommand.class, SearchCommand.class,
                ServeCommand.class})
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
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
