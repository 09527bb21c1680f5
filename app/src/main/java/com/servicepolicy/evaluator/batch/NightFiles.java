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
 * fails the night before it has written anything. Every other file or folder is left alone but listed as
 * {@code unread}, so that the night can say so (a helpdesk export saved as {@code tickets.json}, an upload still named
 * {@code .part}), except a mapping beside its CSV ({@code *.mapping.yaml}), which the mapped CSV's reader reads.
 */
record NightFiles(List<Path> customers, List<Path> events, List<Path> unread) {
    /** Why a file of {@link #unread} is not read, for the night's rejects. */
    static final String NOT_READ = "not read: the night reads customers*.csv, .jsonl, .ndjson and .csv event logs and the"
            + " importers' .servicenow.csv, .twcs.csv, .nyc311.csv, .mapped.csv and .zendesk.json, each also as .gz";

    static NightFiles of(Path folder) throws InputFileException {
        if (!Files.isDirectory(folder)) {
            throw new InputFileException("no inbox folder for the night: " + folder + " does not exist");
        }
        List<Path> customers = new ArrayList<>();
        List<Path> events = new ArrayList<>();
        List<Path> unread = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!isInput(name)) {
                    if (!isMapping(name)) {
                        unread.add(file);
                    }
                    continue;
                }
                EventSources.forFileName(file.getFileName().toString()); // an unknown type fails the night before it stores anything
                checkReadable(file);
                (name.startsWith("customers") ? customers : events).add(file);
            }
        } catch (IOException e) {
            throw new InputFileException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return new NightFiles(List.copyOf(customers), List.copyOf(events), List.copyOf(unread));
    }

    /** Whether a file of this (lower-case) name is read: some source reads it, or it is compressed (then it must be). */
    static boolean isInput(String name) {
        return name.endsWith(".gz") || EventSources.all().stream().anyMatch(s -> s.readsFileNamed(name));
    }

    /** A mapped CSV's mapping, read with the CSV it sits beside. */
    private static boolean isMapping(String name) {
        return name.endsWith(".mapping.yaml");
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
