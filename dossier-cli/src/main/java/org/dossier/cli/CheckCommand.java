package org.dossier.cli;

import org.dossier.store.IntegrityReport;
import org.dossier.store.StoreException;
import org.dossier.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code dossier check}: the store's integrity check. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the store: the database's own check, then every article's text hash, spans and references.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the store is sound", "1:problems were found (each is listed) or the store cannot be opened"})
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (JdbcStore db = store.open()) {
            IntegrityReport r = db.check();
            r.problems().forEach(p -> err.println("problem: " + p));
            out.println((r.ok() ? "ok" : r.problems().size() + " problems") + ": " + r.articles() + " articles, "
                    + r.entities() + " corpus entities, " + r.events() + " events in " + db.describe());
            out.flush();
            return r.ok() ? 0 : 1;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
