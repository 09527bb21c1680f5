package com.servicepolicy.evaluator.spill;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The files of one level of a {@link SpilledLog}: per partition, one of events and one of customers,
 * each a count-free sequence of {@link SpillCodec} records, written through a small buffer. A record
 * goes to the partition its customerId hashes to; each level hashes differently, so that a partition
 * split again spreads over the next level's partitions.
 */
final class PartitionFiles {
    private static final int BUFFER = 16 << 10;

    private final Path dir;
    private final int level;
    private final DataOutputStream[] events;
    private final DataOutputStream[] customers;
    private final long[] eventCounts;
    private final long[] customerCounts;

    PartitionFiles(Path dir, int partitions, int level) {
        this.dir = dir;
        this.level = level;
        this.events = new DataOutputStream[partitions];
        this.customers = new DataOutputStream[partitions];
        this.eventCounts = new long[partitions];
        this.customerCounts = new long[partitions];
    }

    int partitions() {
        return events.length;
    }

    int level() {
        return level;
    }

    /** Events and customers written to partition {@code p}. */
    long records(int p) {
        return eventCounts[p] + customerCounts[p];
    }

    long largestPartition() {
        long max = 0;
        for (int p = 0; p < partitions(); p++) {
            max = Math.max(max, records(p));
        }
        return max;
    }

    void add(Event event) {
        int p = partitionOf(event.getCustomerId());
        try {
            SpillCodec.writeEvent(writer(events, p, "events"), event);
        } catch (IOException e) {
            throw failed(e);
        }
        eventCounts[p]++;
    }

    void add(Customer customer) {
        int p = partitionOf(customer.customerId());
        try {
            SpillCodec.writeCustomer(writer(customers, p, "customers"), customer);
        } catch (IOException e) {
            throw failed(e);
        }
        customerCounts[p]++;
    }

    /** Flushes and closes every writer; the files can be read from now on. */
    void finishWriting() {
        try {
            for (int p = 0; p < partitions(); p++) {
                closeWriter(events, p);
                closeWriter(customers, p);
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    void readEvents(int p, Consumer<Event> action) {
        try (DataInputStream in = reader(p, "events", eventCounts[p])) {
            for (long i = 0; i < eventCounts[p]; i++) {
                action.accept(SpillCodec.readEvent(in));
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    void readCustomers(int p, Consumer<Customer> action) {
        try (DataInputStream in = reader(p, "customers", customerCounts[p])) {
            for (long i = 0; i < customerCounts[p]; i++) {
                action.accept(SpillCodec.readCustomer(in));
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Removes a partition's files; what its writers still buffer is thrown away, so a full disk cannot stop it. */
    void delete(int p) {
        discardWriter(events, p);
        discardWriter(customers, p);
        for (String kind : new String[]{"events", "customers"}) {
            try {
                Files.deleteIfExists(file(p, kind));
            } catch (IOException e) {
                file(p, kind).toFile().deleteOnExit();
            }
        }
    }

    void deleteAll() {
        for (int p = 0; p < partitions(); p++) {
            delete(p);
        }
    }

    private int partitionOf(String customerId) {
        int h = customerId.hashCode() ^ (level * 0x9E3779B9);
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return Math.floorMod(h, partitions());
    }

    private DataOutputStream writer(DataOutputStream[] writers, int p, String kind) throws IOException {
        DataOutputStream out = writers[p];
        if (out == null) {
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(p, kind)), BUFFER));
            writers[p] = out;
        }
        return out;
    }

    private static void discardWriter(DataOutputStream[] writers, int p) {
        try {
            closeWriter(writers, p);
        } catch (IOException e) {
            writers[p] = null; // its buffer could not be written: the data is being thrown away anyway
        }
    }

    private static void closeWriter(DataOutputStream[] writers, int p) throws IOException {
        if (writers[p] != null) {
            writers[p].close();
            writers[p] = null;
        }
    }

    private DataInputStream reader(int p, String kind, long count) throws IOException {
        if (count == 0) {
            return new DataInputStream(java.io.InputStream.nullInputStream());
        }
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file(p, kind)), 1 << 16));
    }

    private Path file(int p, String kind) {
        return dir.resolve(kind + "-" + level + "-" + p + ".bin");
    }

    private UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("cannot use the temporary files in " + dir + ": " + e.getMessage(), e);
    }
}
