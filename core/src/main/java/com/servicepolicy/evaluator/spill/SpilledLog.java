package com.servicepolicy.evaluator.spill;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A log too large to hold, written to disk in partitions by customer, so that each partition — every
 * event of its customers, and those customers — can be loaded and evaluated on its own. Events keep the
 * order they were added in. A partition that turns out larger than {@code maxPartRecords} is split again
 * (with another hash) when it is visited, so memory is bounded by that limit, or by one customer's history
 * when a single customer is larger. The files live in a temporary directory of their own, removed by
 * {@link #close()}.
 */
public final class SpilledLog implements AutoCloseable {
    private static final int SPLIT = 16;
    private static final int MAX_LEVEL = 6;

    private final Path dir;
    private final long maxPartRecords;
    private final PartitionFiles files;
    private long events;
    private long latest = Long.MIN_VALUE;

    private SpilledLog(Path dir, int partitions, int level, long maxPartRecords) {
        this.dir = dir;
        this.maxPartRecords = maxPartRecords;
        this.files = new PartitionFiles(dir, partitions, level);
    }

    /** A new spilled log in a new temporary directory under {@code parent}. */
    public static SpilledLog create(Path parent, int partitions, long maxPartRecords) {
        Path dir;
        try {
            Files.createDirectories(parent);
            dir = Files.createTempDirectory(parent, "spe-log-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory in " + parent + ": " + e.getMessage(), e);
        }
        try {
            return new SpilledLog(dir, partitions, 0, maxPartRecords);
        } catch (RuntimeException e) {
            removeTree(dir); // no log to close yet: its partition files could not all be opened
            throw e;
        }
    }

    /** The directory that holds this log's temporary files, for other temporary structures of the same run. */
    public Path directory() {
        return dir;
    }

    public void addCustomer(Customer customer) {
        files.add(customer);
    }

    public void addEvent(Event event) {
        files.add(event);
        events++;
        latest = Math.max(latest, event.getAt());
    }

    public long events() {
        return events;
    }

    /** The latest time of the events added, {@link Long#MIN_VALUE} when there are none. */
    public long latestAt() {
        return latest;
    }

    /** The customers of one partition and their histories, customers in order of their first event. */
    public record Part(List<Customer> customers, Map<String, List<Event>> histories) {
    }

    /** Receives the partitions one at a time. */
    public interface PartVisitor {
        void visit(Part part);
    }

    /** Loads each partition in turn (splitting those too large) and hands it to {@code visitor}. */
    public void forEachPart(PartVisitor visitor) {
        files.finishWriting();
        for (int p = 0; p < files.partitions(); p++) {
            if (files.records(p) > maxPartRecords && files.level() < MAX_LEVEL) {
                splitAndVisit(p, visitor);
            } else {
                visitor.visit(load(p));
            }
            files.delete(p);
        }
    }

    private void splitAndVisit(int p, PartVisitor visitor) {
        SpilledLog smaller = new SpilledLog(dir, SPLIT, files.level() + 1, maxPartRecords);
        files.readCustomers(p, smaller::addCustomer);
        files.readEvents(p, smaller::addEvent);
        if (smaller.files.largestPartition() == files.records(p)) {
            // One customer (or one hash) holds the whole partition: splitting again cannot help.
            smaller.files.deleteAll();
            visitor.visit(load(p));
            return;
        }
        smaller.forEachPart(visitor);
    }

    private Part load(int p) {
        List<Customer> customers = new ArrayList<>();
        files.readCustomers(p, customers::add);
        Map<String, List<Event>> histories = new LinkedHashMap<>();
        files.readEvents(p, e -> histories.computeIfAbsent(e.getCustomerId(), k -> new ArrayList<>(8)).add(e));
        return new Part(customers, histories);
    }

    @Override
    public void close() {
        files.deleteAll();
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }

    private static void removeTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
