package com.servicepolicy.evaluator.importers.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.importers.ImportRun;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.InputFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte scanner with Jackson on workers (or, when it gives up, Jackson from the first byte) gives exactly what
 * Jackson's reading alone gives: the same events, rejections, duplicates and summary, or the same failure with the same
 * line and reason, on thousands of randomly changed documents — broken and not, with CR line ends, escapes, other
 * properties, entries that are not objects, cut anywhere — for any batch size and any limit on the bytes kept.
 */
class DocumentScannerTest {
    private static final String[] PIECES = {"{", "}", "[", "]", "\"", "\\", ",", ":", " ", "\n", "\r", "\r\n", "\t",
        "\\\"", "\\\\", "\\u0041", "\\u12", "0", "01", "-", "1e5", "null", "true", "tru", "x", "é", "\u0000", "/",
        "\"count\": 5, ", "\"next_page\": null, ", "\"meta\": {\"a\": [1, {\"b\": \"}]\"}]}, ", "5, ", "{}, "};

    @Test
    void scanningGivesWhatJacksonAloneGives() throws IOException {
        String sample = Files.readString(ImportRun.project("samples/real/tickets.zendesk.json"));
        Random random = new Random(16);
        int scanned = 0;
        for (int i = 0; i < 3000; i++) {
            String document = changed(sample, random);
            byte[] bytes = i % 50 == 0 ? cp1252OrOdd(document, random) : document.getBytes(StandardCharsets.UTF_8);
            int batch = new int[] {1, 64, 700, 1 << 20}[random.nextInt(4)];
            long keep = random.nextInt(5) == 0 ? 1 + random.nextInt(bytes.length + 1) : Long.MAX_VALUE;
            String alone = outcome(bytes, new ZendeskSource(batch, 3, 0));
            assertThat(outcome(bytes, new ZendeskSource(batch, 3, keep)))
                    .as("document %d (batch %d, keep %d):%n%s", i, batch, keep, document).isEqualTo(alone);
            scanned += alone.startsWith("FAILED") ? 0 : 1;
        }
        assertThat(scanned).as("documents read without failure").isGreaterThan(600);
    }

    @Test
    void theReadingFailureComesWhereJacksonWouldMeetIt() {
        byte[] sample = "{\"audits\": [{\"ticket_id\": 1, \"created_at\": \"2026-03-02T09:00:00Z\"}]".getBytes(StandardCharsets.UTF_8);
        for (int failAt : new int[] {0, 5, 30, sample.length}) {
            String alone = outcome(new FailingAt(sample, failAt), new ZendeskSource(1 << 20, 3, 0));
            assertThat(outcome(new FailingAt(sample, failAt), new ZendeskSource(1 << 20, 3, Long.MAX_VALUE))).isEqualTo(alone);
            assertThat(alone).startsWith("FAILED");
        }
    }

    @Test
    void quotesAndBackslashesAreFoundEightBytesAtATimeAsOneByOne() {
        Random random = new Random(8);
        byte[] alphabet = {'"', '\\', 'a', 0, (byte) 0x80, (byte) 0xA2, (byte) 0xDC, 0x21, 0x23, 0x5B, 0x5D, 0x01, '\n'};
        for (int i = 0; i < 100_000; i++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int j = 0; j < b.length; j++) {
                b[j] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int to = from + random.nextInt(b.length - from + 1);
            int expected = from;
            while (expected < to && b[expected] != '"' && b[expected] != '\\') {
                expected++;
            }
            assertThat(DocumentScanner.quoteOrBackslash(b, from, to)).isEqualTo(expected);
        }
    }

    /** The sample with a few random changes: pieces of JSON inserted, bytes removed, line ends changed, or cut. */
    private static String changed(String sample, Random random) {
        StringBuilder document = new StringBuilder(sample);
        if (random.nextInt(3) == 0) {
            return random.nextBoolean() ? document.toString().replace("\n", random.nextBoolean() ? "\r\n" : "\r") : document.toString();
        }
        int changes = random.nextInt(3) + (random.nextInt(4) == 0 ? 0 : 1);
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(document.length() + 1);
            switch (random.nextInt(5)) {
                case 0, 1 -> document.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 2 -> document.delete(at, Math.min(document.length(), at + 1 + random.nextInt(3)));
                case 3 -> document.setLength(at);
                default -> {
                    int blank = document.indexOf(" ", at);
                    if (blank >= 0) {
                        document.replace(blank, blank + 1, random.nextBoolean() ? "\r" : "\t");
                    }
                }
            }
        }
        return document.toString();
    }

    /** Bytes that are not UTF-8, or the document in UTF-16. */
    private static byte[] cp1252OrOdd(String document, Random random) {
        return random.nextBoolean() ? document.replace("Cannot", "Ca\u00f1not").getBytes(StandardCharsets.ISO_8859_1)
                : document.getBytes(StandardCharsets.UTF_16);
    }

    private static String outcome(byte[] bytes, ZendeskSource source) {
        return outcome(new ByteArrayInputStream(bytes), source);
    }

    private static String outcome(InputStream in, ZendeskSource source) {
        ImportRun run = new ImportRun();
        try {
            new EventLogReader().read(in, source, "test.zendesk.json", run);
        } catch (InputFileException e) {
            return "FAILED " + e.getMessage() + " " + run.events.size() + " " + run.rejections.size();
        }
        StringBuilder out = new StringBuilder();
        run.events.forEach(e -> out.append(e.getSequence()).append(' ').append(e.getEventId()).append(' ')
                .append(e.getType()).append(' ').append(e.getCustomerId()).append(' ').append(e.getInteractionId())
                .append(' ').append(e.instant()).append('\n'));
        run.rejections.forEach(r -> out.append(r).append('\n'));
        run.duplicates.forEach(d -> out.append("DUPLICATE ").append(d).append('\n'));
        return out.append(run.summary()).toString();
    }

    /** The bytes, then an I/O failure after {@code failAt} of them. */
    private static final class FailingAt extends InputStream {
        private final byte[] bytes;
        private final int failAt;
        private int at;

        FailingAt(byte[] bytes, int failAt) {
            this.bytes = bytes;
            this.failAt = failAt;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= failAt) {
                throw new IOException("the disk went away");
            }
            int n = Math.min(len, failAt - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }
    }
}
