package com.servicepolicy.evaluator.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Compiled rule units on disk, one zip per unit key ({@code <key>.zip}: the generated classes and what
 * {@link CompiledUnit} needs to load them, then an end marker that counts the entries). The command line,
 * the service and the batch of one user share it. An entry is written to a temporary file and moved into
 * place, so a reader sees a whole entry or none; one that cannot be read whole (truncated, a bad CRC, the
 * marker missing) is deleted and reported as absent, and the caller compiles again. Nothing here ever fails a
 * compile: a cache that cannot be read or written is a cache miss.
 */
final class ModelCache {
    /** System property naming the cache folder, or {@code off}. */
    static final String PROPERTY = "evaluator.rules.cache";
    /** Environment variable naming the cache folder, or {@code off} (the property wins). */
    static final String ENV = "EVALUATOR_RULES_CACHE";
    private static final String END = "END-OF-ENTRY/";
    /** Entries kept; the least recently used beyond that are deleted when one is written. */
    private static final int KEPT = 200;

    private final Path dir;

    ModelCache(Path dir) {
        this.dir = dir;
    }

    /** The folder from the property, else the environment, else {@code ~/.cache/service-policy-evaluator/rules}; empty when off. */
    static Optional<ModelCache> standard() {
        try {
            return configured();
        } catch (RuntimeException e) { // a security manager that denies the look-up: no cache
            return Optional.empty();
        }
    }

    private static Optional<ModelCache> configured() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured != null && configured.strip().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        if (configured != null && !configured.isBlank()) {
            return Optional.of(new ModelCache(Path.of(configured.strip())));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(new ModelCache(base.resolve("service-policy-evaluator").resolve("rules")));
    }

    Path directory() {
        return dir;
    }

    /** The entry's files by name, or empty when there is none or it is not whole (then it is deleted). */
    Optional<Map<String, byte[]>> read(String key) {
        Path file = dir.resolve(key + ".zip");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            int ended = -1;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().startsWith(END)) {
                        ended = Integer.parseInt(e.getName().substring(END.length()));
                    } else {
                        files.put(e.getName(), zip.readAllBytes());
                    }
                }
            }
            if (ended != files.size()) {
                throw new IOException("incomplete entry");
            }
            touch(file);
            return Optional.of(files);
        } catch (IOException | RuntimeException e) {
            discard(key);
            return Optional.empty();
        }
    }

    /** Stores an entry; a failure (read-only disk, no permission) leaves no partial entry behind and is ignored. */
    void write(String key, Map<String, byte[]> files) {
        Path tmp = null;
        try {
            createPrivateDirectory();
            tmp = Files.createTempFile(dir, key, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (var f : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    zip.write(f.getValue());
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(END + files.size()));
                zip.closeEntry();
            }
            Path target = dir.resolve(key + ".zip");
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written is only slower
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /** Deletes an entry that could not be used. */
    void discard(String key) {
        try {
            Files.deleteIfExists(dir.resolve(key + ".zip"));
        } catch (IOException | RuntimeException ignored) {
            // the next write replaces it
        }
    }

    private void createPrivateDirectory() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir);
        try {
            // compiled classes are code this process loads: only its user may write them
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException ignored) {
            // only the pruning order suffers
        }
    }

    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, "*.zip")) {
            all.forEach(entries::add);
        }
        if (entries.size() <= KEPT) {
            return;
        }
        entries.sort(Comparator.comparing(ModelCache::modified));
        for (Path old : entries.subList(0, entries.size() - KEPT)) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
