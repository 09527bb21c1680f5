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
    /**
     * WRITE_DELAY=0: every commit is in the file before the commit returns. With H2's default delay a
     * commit reaches the file up to half a second later, so a kill right after the observed kill point
     * could lose it and the run would resume from an earlier point (or, once, from nothing: no run row at
     * all). That resume is still correct (H2 writes whole versions), but it is not the kill point this test
     * means to prove.
     */
    @Override
    String freshDatabase() {
        try {
            return Databases.freshH2File(Files.createTempDirectory(work, "db")) + ";WRITE_DELAY=0";
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
