package org.dossier.cli;

import org.dossier.pipeline.DossierPipelines;
import org.dossier.store.IntegrityReport;
import org.dossier.store.StoreException;
import org.dossier.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code dossier check}: the store's integrity check. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the store: the database's own check, then every article's text hash, spans and "
                + "references; and whether every article was extracted by the current version of the extractors.",
                "Articles an older version extracted are listed (at most 20) and counted; 'dossier reextract' brings "
                        + "them up to date."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the store is sound and every article current",
                "1:problems were found (each is listed) or the store cannot be opened",
                "3:the store is sound, but some articles were extracted by an older version (run 'dossier reextract')"})
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Articles listed by id when older; the rest are counted. */
    static final int LISTED = 20;

    private final Supplier<String> currentVersion;

    public CheckCommand() {
        this(DossierPipelines::standardVersion);
    }

    /** For tests: the extractor version of their own pipeline. */
    CheckCommand(Supplier<String> currentVersion) {
        this.currentVersion = currentVersion;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (JdbcStore db = store.openReadOnly()) {
            IntegrityReport r = db.check();
            r.problems().forEach(p -> err.println("problem: " + p));
            String version = currentVersion.get();
            List<String> older = db.idsExtractedOtherThan(version);
            older.stream().limit(LISTED).forEach(id -> err.println("older: article '" + id + "' was extracted by "
                    + "an older version of the extractors"));
            if (older.size() > LISTED) {
                err.println("older: ... and " + (older.size() - LISTED) + " more");
            }
            out.println((r.ok() ? "ok" : r.problems().size() + " problems") + ": " + r.articles() + " articles, "
                    + r.entities() + " corpus entities, " + r.events() + " events in " + db.describe()
                    + (older.isEmpty() ? "" : "; " + older.size() + " articles extracted by an older version of the "
                    + "extractors (current: " + version + "): run 'dossier reextract'"));
            out.flush();
            return !r.ok() ? 1 : older.isEmpty() ? 0 : 3;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
