package com.servicepolicy.evaluator.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kill -9 restart proof on H2 files. The child owns the file (AUTO_SERVER); the test reads it
 * through the child's server only once the child holds the lock, and opens it itself only when
 * the child is dead.
 */
class H2RestartAfterKillTest extends RestartAfterKillContract {
    @Override
    String freshDatabase() {
        try {
            return Databases.freshH2File(Files.createTempDirectory(work, "db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    boolean childHasItOpen(String db) {
        String file = db.substring("jdbc:h2:file:".length(), db.indexOf(';'));
        return Files.exists(Path.of(file + ".lock.db"));
    }
}
