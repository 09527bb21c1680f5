package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log read from a named pipe, as a shell hands one over ({@code --events jsonl:<(zcat day.jsonl.gz)}, or a
 * {@code mkfifo}): qa15 found every such read failing with "Illegal seek" at its first block.
 */
class NamedPipeInputTest {
    private static final String LINES = """
            {"eventId":"e1","type":"OPENED","at":"2026-03-01T10:00:00Z","customerId":"c1","interactionId":"i1"}
            {"eventId":"e2","type":"AGENT_REPLY","at":"2026-03-01T11:00:00Z","customerId":"c1","interactionId":"i1"}
            {"eventId":"e3","type":"BANANA","at":"2026-03-01T12:00:00Z","customerId":"c1","interactionId":"i1"}
            """;

    @TempDir
    Path dir;

    @Test
    void aNamedPipeIsReadToItsEndLikeAFile() throws Exception {
        Path pipe = fifo("events.jsonl");
        CompletableFuture<Void> writer = write(pipe, LINES.getBytes(StandardCharsets.UTF_8));
        List<Rejection> rejected = new ArrayList<>();
        ReadStats stats = new EventLogReader().read(pipe, sink(rejected));
        writer.get();
        assertThat(stats).isEqualTo(new ReadStats(3, 2, 0, 1));
        assertThat(rejected).extracting(Rejection::line).containsExactly(3L);
    }

    @Test
    void aGzipLogThroughANamedPipeIsNotTakenForAnEmptyFile() throws Exception {
        Path pipe = fifo("events.jsonl.gz");
        var gz = new java.io.ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(gz)) {
            out.write(LINES.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<Void> writer = write(pipe, gz.toByteArray());
        ReadStats stats = new EventLogReader().read(pipe, sink(new ArrayList<>()));
        writer.get();
        assertThat(stats.read()).isEqualTo(3);
    }

    private Path fifo(String name) throws Exception {
        Path pipe = dir.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (java.io.IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is available");
        return pipe;
    }

    /** The writer end, opened after the reader as a shell's would be (opening a pipe waits for the other end). */
    private static CompletableFuture<Void> write(Path pipe, byte[] bytes) {
        return CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                for (int i = 0; i < bytes.length; i += 64) { // in pieces, as a pipe delivers them
                    out.write(bytes, i, Math.min(64, bytes.length - i));
                    out.flush();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static EventSink sink(List<Rejection> rejected) {
        return new EventSink() {
            @Override
            public void accept(com.servicepolicy.evaluator.event.Event event) {
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
            }
        };
    }
}
