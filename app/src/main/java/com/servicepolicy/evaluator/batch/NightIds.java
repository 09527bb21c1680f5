package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.ingest.SourceLine;
import com.servicepolicy.evaluator.night.Origin;
import com.servicepolicy.evaluator.spill.DiskEventIdRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Every event id the store knows (stored events and the night's expired lines) with where it was first read,
 * for ingest's duplicate test: the core's exact registry (64-bit hashes confirmed against the id, the ids in
 * memory-mapped temporary files that vanish with the process, the hash table in the heap while it is small),
 * loaded from the store when ingest starts and kept up to date by each chunk. The store itself then needs no key
 * per event.
 */
final class NightIds implements AutoCloseable {
    private static final char SEPARATOR = '\n'; // a night and a file name: no file name holds a newline

    private final Path dir;
    private final DiskEventIdRegistry registry;
    private long size;
    private Origin lastOrigin; // the registry's name of the last night and file, made once for all their lines
    private String lastSource;

    NightIds(long expectedIds) {
        try {
            dir = Files.createTempDirectory("spe-night-ids-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the night's ids", e);
        }
        // the tables in the heap while each takes at most a sixteenth of it: a backfill of 5.8M ids spent 3.5-5.5 more
        // of ingest's CPU seconds faulting in fresh pages of mapped tables; the ids themselves stay in mapped files
        registry = new DiskEventIdRegistry(dir, Math.max(expectedIds, 1 << 16), Runtime.getRuntime().maxMemory() / 16);
    }

    /**
     * Registers {@code eventId} as first read at {@code origin}, unless it is known already.
     *
     * @return empty if the id is new; else where it was first read
     */
    Optional<Origin> add(String eventId, Origin origin) {
        if (registry.add(eventId, sourceName(origin), origin.line())) {
            size++;
            return Optional.empty();
        }
        SourceLine first = registry.firstSeen(eventId).orElseThrow();
        int cut = first.source().indexOf(SEPARATOR);
        return Optional.of(new Origin(LocalDate.parse(first.source().substring(0, cut)),
                first.source().substring(cut + 1), first.line()));
    }

    private String sourceName(Origin origin) {
        if (lastOrigin == null || !lastOrigin.source().equals(origin.source())
                || !lastOrigin.runDate().equals(origin.runDate())) {
            lastOrigin = origin;
            lastSource = origin.runDate() + String.valueOf(SEPARATOR) + origin.source();
        }
        return lastSource;
    }

    /** How many ids it knows. */
    long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(dir); // its files were deleted once mapped; the mappings go with the registry
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
