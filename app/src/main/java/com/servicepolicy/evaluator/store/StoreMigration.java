package com.servicepolicy.evaluator.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * What the store's Java migrations share: a version, a description, a checksum of what the migration does (so that
 * Flyway notices an edited migration, as it does an edited SQL file) and a transaction of Flyway's own. Each keeps
 * the checksum it was released with: a changed value would fail the validation of every store it already migrated.
 */
abstract class StoreMigration implements JavaMigration {
    private final MigrationVersion version;
    private final String description;
    private final int checksum;

    StoreMigration(String version, String description, int checksum) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.checksum = checksum;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return checksum;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
