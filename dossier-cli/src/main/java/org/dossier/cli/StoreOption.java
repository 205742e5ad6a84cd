package org.dossier.cli;

import org.dossier.store.OpenOptions;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;

/** The {@code --db} and {@code --lock-wait} options every store command shares. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "DB",
            description = "The store: a SQLite file (default: dossier-data/dossier.db) or "
                    + "postgresql://user:password@host:5432/database.")
    String db;

    @Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long a write waits while another process writes to the store (default: "
                    + "${DEFAULT-VALUE}).")
    long lockWaitSeconds;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    StoreLocation location() {
        try {
            return StoreLocation.parse(db);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The options to open the store with, read-only or not; refuses a negative {@code --lock-wait}. */
    OpenOptions options(boolean readOnly) {
        if (lockWaitSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lock-wait must be 0 or more seconds, not "
                    + lockWaitSeconds);
        }
        return new OpenOptions(readOnly, Duration.ofSeconds(lockWaitSeconds), readOnly);
    }

    /** Checks the options without opening anything (commands call it before loading models). */
    void check() {
        location();
        options(false);
    }

    /** Opens the store to write, creating it when it is a new SQLite file and migrating it when older. */
    JdbcStore open() {
        return JdbcStore.open(location(), Clock.systemUTC(), options(false));
    }

    /**
     * Opens the store to read only: nothing is created, so a store on a read-only disk can be queried. A store made by
     * an older Dossier is migrated first when it can be written (as any first command after an upgrade does), and
     * refused with the reason when it cannot.
     */
    JdbcStore openReadOnly() {
        return JdbcStore.open(location(), Clock.systemUTC(), options(true));
    }
}
