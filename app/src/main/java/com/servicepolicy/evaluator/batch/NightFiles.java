package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.EventSources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files of a night's inbox folder, in name order: customers files (name starting with
 * {@code customers}) first, then event logs; every {@code .jsonl}, {@code .ndjson}, {@code .csv} and
 * {@code .gz} file counts. Each is opened once before anything is stored, so an unreadable file
 * fails the night before it has written anything.
 */
record NightFiles(List<Path> customers, List<Path> events) {

    static NightFiles of(Path folder) throws InputFileException {
        if (!Files.isDirectory(folder)) {
            throw new InputFileException("no inbox folder for the night: " + folder + " does not exist");
        }
        List<Path> customers = new ArrayList<>();
        List<Path> events = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".csv")
                        || name.endsWith(".gz"))) {
                    continue;
                }
                EventSources.forFileName(file.getFileName().toString()); // an unknown type fails the night before it stores anything
                checkReadable(file);
                (name.startsWith("customers") ? customers : events).add(file);
            }
        } catch (IOException e) {
            throw new InputFileException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return new NightFiles(List.copyOf(customers), List.copyOf(events));
    }

    int count() {
        return customers.size() + events.size();
    }

    private static void checkReadable(Path file) throws InputFileException {
        if (Files.isDirectory(file)) {
            throw new InputFileException("cannot read " + file + ": it is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.read();
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
