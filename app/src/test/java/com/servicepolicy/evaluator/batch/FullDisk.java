package com.servicepolicy.evaluator.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * An output folder whose disk is full, for the fault-injection tests: a 16 MiB tmpfs filled to the brim where
 * the tests run as root and may mount (as here and in CI), else a folder whose report's temporary file is a
 * link to {@code /dev/full}, which answers every write with ENOSPC. {@link #how()} says which was used.
 */
final class FullDisk implements AutoCloseable {
    private final Path folder;
    private final boolean mounted;

    private FullDisk(Path folder, boolean mounted) {
        this.folder = folder;
        this.mounted = mounted;
    }

    /** An output folder ({@code evaluator.batch.out}) on a disk that will be full once {@link #fill} is called. */
    static FullDisk at(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", folder.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean mounted = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
        return new FullDisk(folder, mounted);
    }

    String how() {
        return mounted ? "a 16 MiB tmpfs filled to the brim" : "report.html.tmp linked to /dev/full";
    }

    Path folder() {
        return folder;
    }

    /** Leaves no room for the report of {@code night}. */
    void fill(java.time.LocalDate night) throws IOException {
        if (mounted) {
            byte[] block = new byte[64 * 1024];
            try (var out = Files.newOutputStream(folder.resolve("filler"))) {
                while (true) {
                    out.write(block);
                }
            } catch (IOException full) {
                // no space left: as wanted
            }
        } else {
            Path nightFolder = Files.createDirectories(folder.resolve(night.toString()));
            Files.createSymbolicLink(nightFolder.resolve("report.html.tmp"), Path.of("/dev/full"));
        }
    }

    /** Makes room again. */
    void free(java.time.LocalDate night) throws IOException {
        if (mounted) {
            Files.deleteIfExists(folder.resolve("filler"));
        } else {
            Files.deleteIfExists(folder.resolve(night.toString()).resolve("report.html.tmp"));
        }
    }

    @Override
    public void close() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", "-l", folder.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
