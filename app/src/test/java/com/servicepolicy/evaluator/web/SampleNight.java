package com.servicepolicy.evaluator.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** An inbox holding the project's samples (two weeks of a small service desk) as the files of one night. */
final class SampleNight {
    /** The day of the samples' last events: its night sees every violation of the samples. */
    static final LocalDate NIGHT = LocalDate.of(2026, 3, 23);

    private SampleNight() {
    }

    static Path inbox(Path folder) throws IOException {
        Path day = Files.createDirectories(folder.resolve(NIGHT.toString()));
        Files.copy(Path.of("samples/events.jsonl"), day.resolve("events.jsonl"));
        Files.copy(Path.of("samples/customers.csv"), day.resolve("customers.csv"));
        return folder;
    }
}
