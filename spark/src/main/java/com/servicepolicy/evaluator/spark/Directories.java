package com.servicepolicy.evaluator.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Replaces a directory by one written beside it, by renames: a reader finds the old one or the new one whole. */
final class Directories {
    private Directories() {
    }

    /**
     * Moves {@code staging} to {@code target}, replacing what was there. Between the two renames the target is
     * briefly absent (no file system offers an atomic swap of directories); a rerun after a crash there finds
     * the old directory under the staging area and writes the night again.
     */
    static void replace(FileSystem fs, Path staging, Path target) {
        try {
            Path old = staging.suffix("-replaced");
            boolean existed = fs.exists(target);
            if (existed && !fs.rename(target, old)) {
                throw new IOException("cannot move " + target + " aside to " + old);
            }
            fs.mkdirs(target.getParent());
            if (!fs.rename(staging, target)) {
                throw new IOException("cannot move " + staging + " to " + target);
            }
            if (existed) {
                fs.delete(old, true);
            }
            Path area = staging.getParent();
            if (fs.listStatus(area).length == 0) {
                fs.delete(area, false); // the staging area, now empty
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
