package com.servicepolicy.evaluator.ingest;

import static com.servicepolicy.evaluator.ingest.TestFiles.OPENED;
import static com.servicepolicy.evaluator.ingest.TestFiles.reply;
import static com.servicepolicy.evaluator.ingest.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicepolicy.evaluator.event.Event;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReadingTest {
    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();

    private ReadStats read(Path file) throws InputFileException {
        return new EventLogReader().read(file, sink);
    }

    @Test
    void everyKindOfBadLineIsRejectedAndReadingGoesOn() throws Exception {
        Path file = TestFiles.write(dir, "events.jsonl",
                OPENED,                                                         // 1 ok
                "not json",                                                     // 2
                "[1,2,3]",                                                      // 3
                "",                                                             // 4 blank, not counted
                "{\"eventId\":\"e4\",\"type\":\"OPENED\",\"at\":\"2026-03-20T08:23:48\",\"customerId\":\"c\",\"interactionId\":\"i\"}", // 5
                "{\"eventId\":\"e5\",\"type\":\"SHOUTED\",\"at\":\"2026-03-20T08:23:48Z\",\"customerId\":\"c\",\"interactionId\":\"i\"}", // 6
                "   \t ",                                                       // 7 blank
                reply("e2"));                                                   // 8 ok
        ReadStats stats = read(file);
        assertThat(stats).isEqualTo(new ReadStats(6, 2, 0, 4));
        assertThat(sink.events).extracting(Event::getEventId).containsExactly("e1", "e2");
        assertThat(sink.events).extracting(Event::getSequence).containsExactly(1L, 8L);
        assertThat(sink.rejections).extracting(Rejection::line).containsExactly(2L, 3L, 5L, 6L);
        Rejection noOffset = sink.rejections.get(2);
        assertThat(noOffset.toString()).isEqualTo(file + ":5: at: time without offset");
        assertThat(noOffset.eventId()).isEqualTo("e4");
        assertThat(noOffset.field()).isEqualTo("at");
        assertThat(sink.rejections.get(0).field()).isNull();
        assertThat(sink.rejections.get(0).reason()).startsWith("not valid JSON");
        assertThat(sink.rejections.get(0).eventId()).isNull();
        assertThat(sink.rejections.get(1).reason()).isEqualTo("not a JSON object but an array");
        assertThat(sink.rejections.get(3).field()).isEqualTo("type");
    }

    @Test
    void duplicatesFirstWinsCountedOnceAndInvalidLinesAreNotSeen() throws Exception {
        String invalidE7 = "{\"eventId\":\"e7\",\"type\":\"AGENT_REPLY\",\"at\":\"bad\",\"customerId\":\"c\",\"interactionId\":\"i\"}";
        Path file = TestFiles.write(dir, "events.ndjson",
                OPENED, invalidE7, reply("e7"), reply("e1"), reply("e7"), OPENED);
        ReadStats stats = read(file);
        assertThat(stats).isEqualTo(new ReadStats(6, 2, 3, 1));
        assertThat(sink.events).extracting(Event::getEventId, Event::getSequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e1", 1L), org.assertj.core.groups.Tuple.tuple("e7", 3L));
        assertThat(sink.duplicates).extracting(Duplicate::line).containsExactly(4L, 5L, 6L);
        assertThat(sink.duplicates.get(1).firstSeen()).isEqualTo(new SourceLine(file.toString(), 3));
        assertThat(sink.duplicates.get(1).toString()).isEqualTo(file + ":5: eventId e7: duplicate of line 3");
    }

    @Test
    void duplicateRegistrySpansTheFilesOfOneRun() throws Exception {
        Path a = TestFiles.write(dir, "a.jsonl", OPENED);
        Path b = TestFiles.write(dir, "b.jsonl", reply("e2"), OPENED);
        EventLogReader reader = new EventLogReader();
        ReadStats total = reader.read(a, sink).plus(reader.read(b, sink));
        assertThat(total).isEqualTo(new ReadStats(3, 2, 1, 0));
        assertThat(sink.duplicates.get(0).toString()).isEqualTo(b + ":2: eventId e1: duplicate of " + a + ":1");
    }

    @Test
    void pluggableRegistryIsUsed() throws Exception {
        EventIdRegistry everythingSeen = (id, source, line) -> false;
        Path file = TestFiles.write(dir, "e.jsonl", OPENED);
        assertThat(new EventLogReader(everythingSeen).read(file, sink)).isEqualTo(new ReadStats(1, 0, 1, 0));
        assertThat(sink.duplicates.get(0).firstSeen()).isNull();
        assertThat(sink.duplicates.get(0).toString()).endsWith(":1: eventId e1: duplicate");
    }

    @Test
    void invalidUtf8RejectsOnlyThatLine() throws Exception {
        byte[] bad = utf8("{\"eventId\":\"e3\",\"type\":\"OPENED\",\"at\":\"2026-03-20T08:23:48Z\",\"customerId\":\"c\",\"interactionId\":\"");
        Path file = TestFiles.writeBytes(dir, "events.jsonl", TestFiles.concat(
                utf8(OPENED + "\n"), bad, new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\"}\n"),
                utf8(reply("é2") + "\n")));
        ReadStats stats = read(file);
        assertThat(stats).isEqualTo(new ReadStats(3, 2, 0, 1));
        assertThat(sink.onlyRejection().line()).isEqualTo(2);
        assertThat(sink.onlyRejection().reason()).startsWith("not valid UTF-8");
        assertThat(sink.events.get(1).getEventId()).isEqualTo("é2");
    }

    @Test
    void crlfBomAndMissingFinalNewline() throws Exception {
        Path file = TestFiles.writeBytes(dir, "events.jsonl", TestFiles.concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(OPENED + "\r\n\r\n" + reply("e2"))));
        assertThat(read(file)).isEqualTo(new ReadStats(2, 2, 0, 0));
        assertThat(sink.events.get(1).getSequence()).isEqualTo(3);
    }

    @Test
    void gzip() throws Exception {
        Path file = TestFiles.write(dir, "events.jsonl.gz", OPENED, "oops", reply("e2"));
        assertThat(read(file)).isEqualTo(new ReadStats(3, 2, 0, 1));
    }

    @Test
    void linesLongerThanTheBufferAreRead() throws Exception {
        String longText = "x".repeat(200_000); // in a field the contract ignores: contract fields have limits
        String line = OPENED.replace("\"channel\"", "\"note\":\"" + longText + "\",\"channel\"");
        Path file = TestFiles.write(dir, "events.jsonl", line, reply("e2"));
        assertThat(read(file)).isEqualTo(new ReadStats(2, 2, 0, 0));
        assertThat(sink.events.get(0).getEventId()).isEqualTo("e1");
    }

    @Test
    void streamVariantForHttpBodies() throws Exception {
        byte[] body = utf8(OPENED + "\n{}\n");
        ReadStats stats = new EventLogReader().read(new ByteArrayInputStream(body), EventSources.named("jsonl"), "request", sink);
        assertThat(stats).isEqualTo(new ReadStats(2, 1, 0, 1));
        assertThat(sink.onlyRejection().toString())
                .isEqualTo("request:2: eventId: missing; type: missing; at: missing; customerId: missing");
    }

    @Test
    void emptyFileReadsNothing() throws Exception {
        assertThat(read(TestFiles.writeBytes(dir, "empty.jsonl", new byte[0]))).isEqualTo(ReadStats.EMPTY);
    }

    @Test
    void unreadableInputsAreFileErrors() {
        assertThatThrownBy(() -> read(dir.resolve("missing.jsonl")))
                .isInstanceOf(InputFileException.class).hasMessageContaining("no such file");
        Path txt = TestFiles.write(dir, "events.txt", OPENED);
        assertThatThrownBy(() -> read(txt)).isInstanceOf(InputFileException.class)
                .hasMessageContaining(".jsonl, .ndjson or .csv");
        Path notGzip = TestFiles.write(dir, "plain.jsonl", OPENED).resolveSibling("fake.jsonl.gz");
        TestFiles.writeBytes(dir, "fake.jsonl", utf8(OPENED)); // written uncompressed under a .gz name below
        assertThatThrownBy(() -> read(java.nio.file.Files.copy(dir.resolve("fake.jsonl"), notGzip)))
                .isInstanceOf(InputFileException.class).hasMessageContaining("not a valid gzip file");
    }

    @Test
    void truncatedGzipIsAFileError() throws Exception {
        Path gz = TestFiles.write(dir, "events.jsonl.gz", OPENED, reply("e2"), reply("e3"));
        byte[] all = java.nio.file.Files.readAllBytes(gz);
        java.nio.file.Files.write(gz, java.util.Arrays.copyOf(all, all.length - 12));
        assertThatThrownBy(() -> read(gz)).isInstanceOf(InputFileException.class).hasMessageContaining(gz.toString());
    }
}
