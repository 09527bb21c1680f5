package com.servicepolicy.evaluator.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes test inputs; lines are joined with LF and the file ends with one. */
final class TestFiles {
    static final String OPENED = "{\"eventId\":\"e1\",\"type\":\"OPENED\",\"at\":\"2026-03-20T08:23:48Z\","
            + "\"customerId\":\"c1\",\"interactionId\":\"i1\",\"channel\":\"EMAIL\"}";

    private TestFiles() {
    }

    /** A valid JSON line for an AGENT_REPLY with the given id. */
    static String reply(String eventId) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"AGENT_REPLY\",\"at\":\"2026-03-20T09:00:00Z\","
                + "\"customerId\":\"c1\",\"interactionId\":\"i1\",\"agentId\":\"a1\"}";
    }

    static Path write(Path dir, String name, String... lines) {
        return writeBytes(dir, name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path dir, String name, byte[] content) {
        try {
            byte[] bytes = content;
            if (name.endsWith(".gz")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(content);
                }
                bytes = out.toByteArray();
            }
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
