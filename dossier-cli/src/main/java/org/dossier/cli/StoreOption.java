package org.dossier.cli;

import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Clock;

/** The {@code --db} option every store command shares. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "DB",
            description = "The store: a SQLite file (default: dossier-data/dossier.db) or "
                    + "postgresql://user:password@host:5432/database.")
    String db;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    StoreLocation location() {
        try {
            return StoreLocation.parse(db);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Opens the store, creating it when it is a new SQLite file. */
    JdbcStore open() {
        return JdbcStore.open(location(), Clock.systemUTC());
    }
}
