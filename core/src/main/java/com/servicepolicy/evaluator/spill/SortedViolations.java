package com.servicepolicy.evaluator.spill;

import com.servicepolicy.evaluator.policy.Violation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Violations sorted as every evaluation returns them (by code, then subject) without holding them all:
 * up to {@code maxHeld} are kept, then sorted and written to a run file; {@link #forEachSorted} merges the
 * runs. The run files are created in {@code dir} and deleted as they are merged.
 */
public final class SortedViolations {
    public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::code).thenComparing(Violation::subject);

    private final Path dir;
    private final int maxHeld;
    private final List<Violation> held = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private long size;

    public SortedViolations(Path dir, int maxHeld) {
        this.dir = dir;
        this.maxHeld = Math.max(1, maxHeld);
    }

    public void addAll(List<Violation> violations) {
        for (Violation v : violations) {
            held.add(v);
            size++;
            if (held.size() >= maxHeld) {
                writeRun();
            }
        }
    }

    public long size() {
        return size;
    }

    /** Hands every violation to {@code action} in order; the runs are gone afterwards. */
    public void forEachSorted(Consumer<Violation> action) {
        held.sort(ORDER);
        if (runs.isEmpty()) {
            held.forEach(action);
            held.clear();
            return;
        }
        runs.add(Run.of(held));
        PriorityQueue<Run> next = new PriorityQueue<>(Comparator.comparing(Run::head, ORDER));
        for (Run run : runs) {
            if (run.advance()) {
                next.add(run);
            }
        }
        while (!next.isEmpty()) {
            Run run = next.poll();
            action.accept(run.head());
            if (run.advance()) {
                next.add(run);
            }
        }
        runs.clear();
        held.clear();
    }

    private void writeRun() {
        held.sort(ORDER);
        try {
            Path file = Files.createTempFile(dir, "violations-", ".bin");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (Violation v : held) {
                    SpillCodec.writeViolation(out, v);
                }
            }
            runs.add(Run.of(file, held.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary file in " + dir + ": " + e.getMessage(), e);
        }
        held.clear();
    }

    /** One sorted run, from a file or from memory, read one violation ahead. */
    private static final class Run {
        private final Path file;
        private final DataInputStream in;
        private final List<Violation> list;
        private long remaining;
        private int index;
        private Violation head;

        private Run(Path file, DataInputStream in, List<Violation> list, long remaining) {
            this.file = file;
            this.in = in;
            this.list = list;
            this.remaining = remaining;
        }

        static Run of(Path file, long count) throws IOException {
            return new Run(file, new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)), null, count);
        }

        static Run of(List<Violation> sorted) {
            return new Run(null, null, sorted, sorted.size());
        }

        Violation head() {
            return head;
        }

        boolean advance() {
            if (remaining == 0) {
                close();
                return false;
            }
            remaining--;
            try {
                head = list != null ? list.get(index++) : SpillCodec.readViolation(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            return true;
        }

        private void close() {
            if (in == null) {
                return;
            }
            try {
                in.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
