package org.dossier.cli;

import org.dossier.corpus.RecordImport;
import org.dossier.store.StoreException;
import org.dossier.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dossier import}: records extracted elsewhere (the Spark job's) into the store, without extracting again. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Store dossier/1 records extracted elsewhere (by 'dossier spark' or the Spark job) without "
                + "extracting them again: one transaction per article and the same cross-article merging as ingest.",
                "PATH is the job's output folder (its records/ and texts/), its records/ folder, or a records file; "
                        + "records carry no text, so the texts come from the job's texts/ (--texts)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was stored (or was already)", "1:some records failed (each is reported on "
                + "standard error)", "2:bad command line"})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "The job's output folder, its records/ folder or a records file.")
    Path path;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "The job's texts/ folder (default: texts/ beside records/).")
    Path texts;

    @Mixin
    StoreOption store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        store.check();
        Path records = Files.isDirectory(path.resolve("records")) ? path.resolve("records") : path;
        Path textDir = texts != null ? texts
                : records.toAbsolutePath().getParent() == null ? null : records.toAbsolutePath().getParent().resolve("texts");
        if (textDir == null || !Files.exists(textDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no texts beside '" + records + "' ("
                    + textDir + "): records carry no text; give the job's texts/ folder with --texts");
        }
        List<Path> recordFiles;
        List<Path> textFiles;
        try {
            recordFiles = RecordImport.files(records);
            textFiles = RecordImport.files(textDir);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (recordFiles.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + records + "' holds no records files");
        }
        JdbcStore db;
        try {
            db = store.open();
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        try (db) {
            Progress progress = new Progress(err, RecordImport.count(recordFiles), System.console() != null);
            RecordImport.Summary s = new RecordImport(db).run(recordFiles, textFiles, new RecordImport.Listener() {
                @Override
                public void stored(String origin, String id) {
                    progress.article(false);
                }

                @Override
                public void alreadyStored(String origin, String id, String existingId) {
                    progress.article(false);
                }

                @Override
                public void failed(String origin, String message) {
                    err.println("error: " + message);
                    progress.article(true);
                }
            });
            progress.finish();
            err.println("import: " + s.stored() + " stored, " + s.alreadyStored() + " already stored, " + s.failed()
                    + " failed (store: " + db.describe() + ")");
            return s.failed() > 0 ? 1 : 0;
        }
    }
}
