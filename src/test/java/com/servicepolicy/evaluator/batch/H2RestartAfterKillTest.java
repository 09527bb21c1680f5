package com.servicepolicy.evaluator.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kill -9 restart proof on H2 files. The child owns the file (AUTO_SERVER); the test reads it
 * through the child's server only once the child serves it, and opens it itself only when the
 * child is dead.
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

    /**
     * The child holds the file and serves it once its lock file names its server. The lock file
     * appears before the server does: a client that connects in between finds no server, tries to
     * lock the file itself and waits on the child's lock until the child ends — which is how this
     * test once missed its kill point.
     */
    @Override
    boolean childHasItOpen(String db) {
        Path lock = Path.of(db.substring("jdbc:h2:file:".length(), db.indexOf(';')) + ".lock.db");
        try {
            return Files.exists(lock) && Files.readString(lock, StandardCharsets.ISO_8859_1).contains("server=");
        } catch (IOException e) {
            return false; // being written or removed: ask again
        }
    }
}
