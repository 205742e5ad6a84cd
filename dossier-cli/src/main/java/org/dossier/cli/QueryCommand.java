package org.dossier.cli;

import org.dossier.query.CorpusQueries;
import org.dossier.store.StoreException;
import org.dossier.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** What every store query command shares: {@code --db}, {@code --format}, {@code --limit}, and error handling. */
abstract class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    OutputFormat output;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the query and prints; returns the exit code. */
    abstract int query(CorpusQueries queries, PrintWriter out);

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        PrintWriter err = spec.commandLine().getErr();
        try (JdbcStore db = store.openReadOnly()) {
            return query(new CorpusQueries(db), spec.commandLine().getOut());
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
