package com.servicepolicy.evaluator.quality;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Interaction tracks written out of the heap in batches, to files by a hash of the interaction, and put together file
 * by file at the end: a 10M-interaction log's tracks (about 250 bytes each) filled a 1 GB heap. A file holds an
 * interaction's batches in the order they were written, which is the input's.
 */
final class SpilledTracks implements AutoCloseable {
    private static final int FILES = 256;

    private final Path dir;
    private final DataOutputStream[] outs = new DataOutputStream[FILES];

    SpilledTracks(Path parent) {
        try {
            dir = Files.createTempDirectory(parent, "quality-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory in " + parent, e);
        }
    }

    void write(Map<String, InteractionTrack> tracks) {
        try {
            for (Map.Entry<String, InteractionTrack> e : tracks.entrySet()) {
                e.getValue().write(e.getKey(), out(file(e.getKey())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data-quality tracks in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every interaction's whole track, a file at a time. */
    void forEachMerged(BiConsumer<String, InteractionTrack> action) {
        try {
            for (int f = 0; f < FILES; f++) {
                if (outs[f] == null) {
                    continue;
                }
                outs[f].close();
                Map<String, InteractionTrack> merged = new HashMap<>();
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path(f)), 1 << 16))) {
                    for (String id = nextId(in); id != null; id = nextId(in)) {
                        InteractionTrack later = InteractionTrack.read(in);
                        InteractionTrack earlier = merged.putIfAbsent(id, later);
                        if (earlier != null) {
                            earlier.merge(later);
                        }
                    }
                }
                Files.delete(path(f));
                outs[f] = null;
                merged.forEach(action);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data-quality tracks in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (int f = 0; f < FILES; f++) {
            try {
                if (outs[f] != null) {
                    outs[f].close();
                }
                Files.deleteIfExists(path(f));
            } catch (IOException ignored) {
                // the directory's own deletion below reports what is left
            }
        }
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    private static String nextId(DataInputStream in) throws IOException {
        try {
            return in.readUTF();
        } catch (EOFException end) {
            return null;
        }
    }

    private static int file(String interactionId) {
        int h = interactionId.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (FILES - 1);
    }

    private DataOutputStream out(int f) throws IOException {
        if (outs[f] == null) {
            outs[f] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path(f)), 1 << 15));
        }
        return outs[f];
    }

    private Path path(int f) {
        return dir.resolve("tracks-" + f);
    }
}
