package org.dossier.store.jdbc;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A schema migration written in Java, run by Flyway inside the migration's transaction like an SQL one. Its version
 * follows the SQL files' numbering ({@code V3__name_keys}).
 */
abstract class JavaStep implements JavaMigration {

    private final int version;
    private final String description;

    JavaStep(int version, String description) {
        this.version = version;
        this.description = description;
    }

    /** The work, on the migration's connection (autocommit off; Flyway commits). */
    abstract void run(Connection c) throws SQLException;

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public final void migrate(Context context) throws SQLException {
        run(context.getConnection());
    }
}
