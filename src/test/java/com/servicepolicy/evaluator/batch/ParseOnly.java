package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Benchmark helper: parse-only throughput of a night's event files (same reader as the batch). */
final class ParseOnly {
    private ParseOnly() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long[] n = {0};
        readNight(Path.of(args[0]), event -> n[0]++);
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("parse-only: %,d events in %.2f s = %,.0f events/s%n", n[0], s, n[0] / s);
    }

    /** Reads a night folder's event files ({@code events*}, in name order) with the batch's reader, ids unchecked. */
    static void readNight(Path folder, EventSink sink) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("events")).sorted().toList();
        }
        EventLogReader reader = new EventLogReader((id, src, line) -> true);
        for (Path f : files) {
            reader.read(f, sink);
        }
    }
}
