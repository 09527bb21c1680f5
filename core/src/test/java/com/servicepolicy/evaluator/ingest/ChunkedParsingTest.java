package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicepolicy.evaluator.generate.GeneratorOptions;
import com.servicepolicy.evaluator.generate.LineNoise;
import com.servicepolicy.evaluator.generate.LogFiles;
import com.servicepolicy.evaluator.generate.OutputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing in chunks on worker threads hands over exactly the records, in exactly the order, that a
 * line-by-line read gives — whatever the chunk size, with blank, invalid and broken lines among them, and
 * up to the point where the input fails.
 */
class ChunkedParsingTest {
    private static byte[] log;

    @BeforeAll
    static void writeLog(@TempDir Path dir) throws IOException {
        var written = LogFiles.write(new GeneratorOptions(2_000, 3), dir, OutputFormat.JSONL, false, new LineNoise(0.02, 0.02));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(Files.readAllBytes(written.eventsFile()));
        bytes.write("\n   \n{\"eventId\":\"E\\u0041\"}\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[]{'{', '"', (byte) 0xC3, '"', '}', '\n'}); // invalid UTF-8
        bytes.write("[1,2]\n{\"eventId\":\"last\",\"type\":\"OPENED\"}".getBytes(StandardCharsets.UTF_8)); // no final newline
        log = bytes.toByteArray();
    }

    @Test
    void handsOverWhatALineByLineReadGivesWhateverTheChunkSize() throws Exception {
        List<String> expected = lineByLine(new ByteArrayInputStream(log));
        assertThat(expected).hasSizeGreaterThan(10_000);
        for (int chunkBytes : new int[]{1, 700, 64 << 10, ChunkedParsing.CHUNK_BYTES}) {
            assertThat(chunked(new ByteArrayInputStream(log), chunkBytes)).as("chunks of %d bytes", chunkBytes).isEqualTo(expected);
        }
    }

    @Test
    void handsOverTheSameWithFewerParsingThreadsOrOnTheReadingThreadAlone() throws Exception {
        List<String> expected = lineByLine(new ByteArrayInputStream(log));
        for (int threads : new int[]{1, 2}) {
            JsonLinesEventSource source = withParseThreads(String.valueOf(threads));
            for (int chunkBytes : new int[]{700, ChunkedParsing.CHUNK_BYTES}) {
                List<String> seen = new ArrayList<>();
                source.read(new ByteArrayInputStream(log), "f.jsonl", records(seen), chunkBytes);
                assertThat(seen).as("%d thread(s), chunks of %d bytes", threads, chunkBytes).isEqualTo(expected);
            }
        }
    }

    @Test
    void parseThreadsIsAnOptionOfTheJsonLinesSource(@TempDir Path dir) throws Exception {
        assertThat(new JsonLinesEventSource().parseThreads()).isEqualTo(ChunkedParsing.THREADS);
        assertThat(withParseThreads("1").parseThreads()).isEqualTo(1);
        EventInput input = EventInput.parse("jsonl,parse-threads=1:" + dir.resolve("e.jsonl"));
        assertThat(((JsonLinesEventSource) input.source()).parseThreads()).isEqualTo(1);
        for (String bad : new String[]{"0", "-2", "many"}) {
            assertThatThrownBy(() -> withParseThreads(bad)).isInstanceOf(InputFileException.class)
                    .hasMessage("source option parse-threads=" + bad + ": expected a whole number of at least 1");
        }
        assertThatThrownBy(() -> EventInput.parse("jsonl,threads=1:" + dir.resolve("e.jsonl")))
                .isInstanceOf(InputFileException.class).hasMessageContaining("source jsonl has no option 'threads'");
    }

    @Test
    void handsOverEveryRecordReadBeforeTheInputFailsOnTheReadingThreadAlone() throws Exception {
        int failAt = log.length / 2;
        List<String> lineByLine = new ArrayList<>();
        List<String> chunked = new ArrayList<>();
        assertThatThrownBy(() -> JsonLines.scan(failingAfter(failAt), "f.jsonl", recorder(lineByLine)))
                .isInstanceOf(InputFileException.class);
        JsonLinesEventSource source = withParseThreads("1");
        assertThatThrownBy(() -> source.read(failingAfter(failAt), "f.jsonl", records(chunked), 4096))
                .isInstanceOf(InputFileException.class).hasMessageContaining("cannot read f.jsonl after line");
        assertThat(chunked).hasSizeGreaterThan(1_000).isEqualTo(lineByLine);
    }

    private static JsonLinesEventSource withParseThreads(String threads) throws InputFileException {
        return (JsonLinesEventSource) new JsonLinesEventSource().configured(new SourceOptions(Map.of("parse-threads", threads)), null);
    }

    @Test
    void handsOverEveryRecordReadBeforeTheInputFails() {
        int failAt = log.length / 2;
        List<String> lineByLine = new ArrayList<>();
        List<String> chunked = new ArrayList<>();
        assertThatThrownBy(() -> JsonLines.scan(failingAfter(failAt), "f.jsonl", recorder(lineByLine)))
                .isInstanceOf(InputFileException.class);
        assertThatThrownBy(() -> new JsonLinesEventSource().read(failingAfter(failAt), "f.jsonl", records(chunked), 4096))
                .isInstanceOf(InputFileException.class).hasMessageContaining("cannot read f.jsonl after line");
        assertThat(chunked).hasSizeGreaterThan(1_000).isEqualTo(lineByLine);
    }

    private static List<String> lineByLine(InputStream in) throws InputFileException {
        List<String> seen = new ArrayList<>();
        JsonLines.scan(in, "f.jsonl", recorder(seen));
        return seen;
    }

    private static List<String> chunked(InputStream in, int chunkBytes) throws InputFileException {
        List<String> seen = new ArrayList<>();
        new JsonLinesEventSource().read(in, "f.jsonl", records(seen), chunkBytes);
        return seen;
    }

    /** The line-by-line read: parse and validate each line on the reading thread. */
    private static JsonLines.Handler recorder(List<String> seen) {
        SourceRecords records = records(seen);
        return new JsonLines.Handler() {
            @Override
            public void line(byte[] buf, int off, int len, long line) {
                records.event(JsonEventFields.fromLine(buf, off, len), line);
            }

            @Override
            public void unusable(long line, String reason) {
                records.unusable(line, reason);
            }
        };
    }

    private static SourceRecords records(List<String> seen) {
        return new SourceRecords() {
            @Override
            public void event(RawEvent event, long line) {
                ParseResult result = event.validate(line); // validating marks the raw fields; compare them after it
                seen.add(line + " " + result + " from " + event);
            }

            @Override
            public void unusable(long line, String reason) {
                seen.add(line + " unusable " + reason);
            }
        };
    }

    private static InputStream failingAfter(int bytes) {
        return new FilterInputStream(new ByteArrayInputStream(log, 0, bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    throw new IOException("disk gone");
                }
                return n;
            }
        };
    }
}
