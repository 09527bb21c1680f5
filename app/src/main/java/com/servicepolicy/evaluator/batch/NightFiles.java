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
 * {@code customers}) first, then event logs; every file whose name an event source reads counts
 * ({@code .jsonl}, {@code .ndjson}, {@code .csv} with the importers' {@code .servicenow.csv}, {@code .twcs.csv},
 * {@code .nyc311.csv}, {@code .mapped.csv}, and {@code .zendesk.json}), as does every {@code .gz} file. Each is opened once before anything is stored, so an unreadable file
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
                if (!isInput(name)) {
                    continue; // a mapping beside its CSV, a README
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

    /** Whether a file of this (lower-case) name is read: some source reads it, or it is compressed (then it must be). */
    static boolean isInput(String name) {
        return name.endsWith(".gz") || EventSources.all().stream().anyMatch(s -> s.readsFileNamed(name));
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
