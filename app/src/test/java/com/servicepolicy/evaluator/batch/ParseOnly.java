package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Benchmark helper: parse-only throughput of a night's event files (same reader as the batch). With a second
 * argument {@code parallel}, each events file is parsed on a thread of its own, with a reader of its own: how far
 * parsing scales over the cores (split a log into N files at line boundaries first, e.g. {@code split -n l/2}).
 */
final class ParseOnly {
    private ParseOnly() {
    }

    public static void main(String[] args) throws Exception {
        boolean parallel = args.length > 1 && args[1].equals("parallel");
        long start = System.nanoTime();
        long n = parallel ? readFilesInParallel(Path.of(args[0])) : countNight(Path.of(args[0]));
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("parse-only%s: %,d events in %.2f s = %,.0f events/s%n", parallel ? " (a thread per file)"
                : "", n, s, n / s);
    }

    private static long countNight(Path folder) throws Exception {
        long[] n = {0};
        readNight(folder, event -> n[0]++);
        return n[0];
    }

    private static long readFilesInParallel(Path folder) throws Exception {
        List<Path> files = eventFiles(folder);
        ExecutorService threads = Executors.newFixedThreadPool(files.size());
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (Path f : files) {
                counts.add(threads.submit(() -> {
                    long[] n = {0};
                    new EventLogReader((id, src, line) -> true).read(f, event -> n[0]++);
                    return n[0];
                }));
            }
            long total = 0;
            for (Future<Long> c : counts) {
                total += c.get();
            }
            return total;
        } finally {
            threads.shutdown();
        }
    }

    private static List<Path> eventFiles(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith("events")).sorted().toList();
        }
    }

    /** Reads a night folder's event files ({@code events*}, in name order) with the batch's reader, ids unchecked. */
    static void readNight(Path folder, EventSink sink) throws Exception {
        EventLogReader reader = new EventLogReader((id, src, line) -> true);
        for (Path f : eventFiles(folder)) {
            reader.read(f, sink);
        }
    }
}
