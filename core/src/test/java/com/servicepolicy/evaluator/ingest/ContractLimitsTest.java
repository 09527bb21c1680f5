package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract's limits (shared/spec/event-log.md, "Limits") at every door the core has: a JSON line
 * (files, NDJSON bodies), a JSON array element (request bodies) and a CSV row. Each broken limit
 * rejects the line naming the field; nothing at the limit is rejected.
 */
class ContractLimitsTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @TempDir
    Path dir;

    /** An AGENT_REPLY with every free-text field, as a JSON line, with {@code field} set to {@code value}. */
    private static String line(String field, String value) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("eventId", "e1");
        m.put("type", "AGENT_REPLY");
        m.put("at", "2026-03-20T08:23:48Z");
        m.put("customerId", "c1");
        m.put("interactionId", "i1");
        m.put("agentId", "a1");
        m.put("topic", "t");
        m.put("reasonCode", "R");
        m.put("reasonText", "x");
        m.put(field, value);
        return JsonMapper.builder().build().writeValueAsString(m);
    }

    /** The one rejection (or none) of the line read through each door: JSON line, JSON array element, CSV row. */
    private static List<Rejection> throughEveryDoor(String jsonLine) throws Exception {
        List<Rejection> all = new ArrayList<>();
        CollectingSink lines = new CollectingSink();
        new EventLogReader().read(new ByteArrayInputStream(jsonLine.getBytes(StandardCharsets.UTF_8)),
                EventSources.named("jsonl"), "body", lines);
        CollectingSink array = new CollectingSink();
        var node = JsonMapper.builder().build().readTree("[" + jsonLine + "]");
        new EventLogReader().read(node, "events", array);
        CollectingSink csv = new CollectingSink();
        new EventLogReader().read(new ByteArrayInputStream(asCsv(node.get(0)).getBytes(StandardCharsets.UTF_8)),
                EventSources.named("csv"), "file.csv", csv);
        assertThat(lines.events.size() + lines.rejections.size()).isEqualTo(1);
        assertThat(array.rejections.size()).as("array door agrees").isEqualTo(lines.rejections.size());
        assertThat(csv.rejections.size()).as("CSV door agrees").isEqualTo(lines.rejections.size());
        all.addAll(lines.rejections);
        all.addAll(array.rejections);
        all.addAll(csv.rejections);
        return all;
    }

    private static String asCsv(tools.jackson.databind.JsonNode object) {
        List<String> names = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        object.properties().forEach(e -> {
            names.add(e.getKey());
            cells.add("\"" + e.getValue().asString().replace("\"", "\"\"") + "\"");
        });
        return String.join(",", names) + "\n" + String.join(",", cells) + "\n";
    }

    @ParameterizedTest
    @CsvSource({"eventId,512", "customerId,512", "interactionId,512", "agentId,512", "topic,1000",
            "reasonCode,200", "reasonText,10000", "queue,512"})
    void eachLengthLimitIsInclusiveAndCountsCharactersNotJavaChars(String field, int limit) throws Exception {
        assertThat(throughEveryDoor(line(field, "x".repeat(limit)))).isEmpty();
        assertThat(throughEveryDoor(line(field, EMOJI.repeat(limit)))).as("supplementary characters count once").isEmpty();
        List<Rejection> over = throughEveryDoor(line(field, "x".repeat(limit + 1)));
        assertThat(over).hasSize(3).allSatisfy(r -> {
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.reason()).isEqualTo("longer than " + limit + " characters (" + (limit + 1) + ")");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"eventId", "type", "customerId", "interactionId", "agentId", "topic", "reasonCode",
            "reasonText", "at", "queue", "status"})
    void theNulCharacterIsRejectedInAnyFieldNamingIt(String field) throws Exception {
        List<Rejection> rejected = throughEveryDoor(line(field, "ab\u0000c"));
        assertThat(rejected).hasSize(3).allSatisfy(r -> {
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.reason()).isEqualTo("contains the character U+0000 (at character 3)");
        });
    }

    @Test
    void anUnpairedSurrogateIsRejectedButAPairIsText() throws Exception {
        String lone = "{\"eventId\":\"sur\\ud800\",\"type\":\"AGENT_REPLY\",\"at\":\"2026-03-20T08:23:48Z\","
                + "\"customerId\":\"c\\udc00x\",\"interactionId\":\"i1\"}";
        CollectingSink sink = new CollectingSink();
        new EventLogReader().read(new ByteArrayInputStream(lone.getBytes(StandardCharsets.UTF_8)),
                EventSources.named("jsonl"), "body", sink);
        Rejection r = sink.onlyRejection();
        assertThat(r.eventId()).as("a broken id claims nothing").isNull();
        assertThat(r.toString()).isEqualTo("body:1: eventId: contains an unpaired UTF-16 surrogate \\ud800 (at character 4);"
                + " customerId: contains an unpaired UTF-16 surrogate \\udc00 (at character 2)");
        assertThat(throughEveryDoor(line("reasonText", "ok " + EMOJI))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"at,1970-01-01T00:00:00Z,", "at,2999-12-31T23:59:59Z,", "at,2999-12-31T23:59:59.001Z,reject",
            "at,9999-06-20T00:00:00Z,reject", "at,0000-06-20T00:00:00Z,reject", "at,1969-12-31T23:59:59.999Z,reject",
            "at,3000-01-01T01:00:00+02:00,", "dueAt,9999-01-01T00:00:00Z,reject", "dueAt,1970-01-01T00:00:00Z,"})
    void timesLieInTheContractsRange(String field, String time, String reject) throws Exception {
        List<Rejection> rejected = throughEveryDoor(line(field, time));
        if (reject == null) {
            assertThat(rejected).isEmpty();
        } else {
            assertThat(rejected).hasSize(3).allSatisfy(r -> {
                assertThat(r.field()).isEqualTo(field);
                assertThat(r.reason()).startsWith("outside the contract's range 1970-01-01T00:00:00Z to 2999-12-31T23:59:59Z");
            });
        }
    }

    @Test
    void theIssuesPoisonLineIsRejectedNamingBothFieldsWithoutItsId() throws Exception {
        String poison = "{\"eventId\":\"" + "Q".repeat(5000) + "\",\"type\":\"OPENED\",\"at\":\"bad\","
                + "\"customerId\":\"c\",\"interactionId\":\"I\"}";
        List<Rejection> rejected = throughEveryDoor(poison);
        assertThat(rejected).hasSize(3).allSatisfy(r -> {
            assertThat(r.eventId()).isNull();
            assertThat(r.errors()).extracting(FieldError::field).containsExactly("eventId", "at");
        });
    }

    @Test
    void anEmptyRatingIsAnAbsentRatingInJson() throws Exception {
        String review = "{\"eventId\":\"r1\",\"type\":\"REVIEW_POSTED\",\"at\":\"2026-03-20T08:23:48Z\","
                + "\"customerId\":\"c1\",\"rating\":\"\"}";
        assertThat(throughEveryDoor(review)).hasSize(3)
                .allSatisfy(r -> assertThat(r.toString()).endsWith("rating: required on REVIEW_POSTED"));
        assertThat(throughEveryDoor(line("rating", ""))).as("optional elsewhere").isEmpty();
    }

    @Test
    void reasonsQuoteHostileValuesAsPrintableText() throws Exception {
        List<Rejection> rejected = throughEveryDoor(line("type", "X\u0001" + EMOJI.repeat(70)));
        assertThat(rejected).hasSize(3).allSatisfy(r -> {
            assertThat(r.reason()).startsWith("unknown value 'X\\u0001" + EMOJI).contains("...");
            assertThat(TextLimits.problem(r.reason(), 0)).as("the reason is clean text").isNull();
        });
    }

    @Test
    void customersKeepTheLimitsToo() throws Exception {
        Path file = TestFiles.write(dir, "customers.csv", "customerId,disability," + "n".repeat(101),
                "c1,yes,", "c2,yes,x", "c3," + "g".repeat(201) + ",", "c4,a\u0000b,", "x".repeat(513) + ",no,",
                EMOJI.repeat(512) + ",no,");
        List<Rejection> rejected = new ArrayList<>();
        var customers = CustomerFileReader.readAll(file, rejected::add);
        assertThat(customers.keySet()).containsExactly("c1", EMOJI.repeat(512));
        assertThat(rejected).extracting(Rejection::toString).containsExactly(
                file + ":3: " + "n".repeat(60) + "...: attribute name longer than 100 characters (101)",
                file + ":4: disability: longer than 200 characters (201)",
                file + ":5: disability: contains the character U+0000 (at character 2)",
                file + ":6: customerId: longer than 512 characters (513)");
    }

    @Test
    void aCsvWithoutHeaderIsAFileError() {
        Path events = TestFiles.write(dir, "events.csv", "e1,OPENED,2026-03-20T08:23:48Z,c1,i1");
        assertThatThrownBy(() -> new EventLogReader().read(events, new CollectingSink()))
                .isInstanceOf(InputFileException.class)
                .hasMessage("cannot read " + events + ": its first row names none of the contract's fields (eventId,"
                        + " type, at, ...): a CSV event log starts with a header row; first row: e1,OPENED,2026-03-20T08:23:48Z,c1,i1");
        Path customers = TestFiles.write(dir, "customers.csv", "c1,yes");
        assertThatThrownBy(() -> CustomerFileReader.readAll(customers, r -> { }))
                .isInstanceOf(InputFileException.class).hasMessageContaining("its first row has no customerId column");
    }

    @Test
    void bytesAfterTheLastGzipMemberAreAFileError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write((TestFiles.OPENED + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write("this is not gzip\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("events.jsonl.gz"), out.toByteArray());
        assertThatThrownBy(() -> new EventLogReader().read(file, new CollectingSink()))
                .isInstanceOf(InputFileException.class)
                .hasMessage("cannot read " + file + ": bytes that are not gzip data follow its last gzip member");
    }

    @Test
    void twoGzipMembersAreOneFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : List.of(TestFiles.OPENED, TestFiles.reply("e2"))) {
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Path file = Files.write(dir.resolve("events.jsonl.gz"), out.toByteArray());
        assertThat(new EventLogReader().read(file, new CollectingSink())).isEqualTo(new ReadStats(2, 2, 0, 0));
    }

    @Test
    void anEmptyGzipFileSaysWhy() throws Exception {
        Path file = Files.write(dir.resolve("events.jsonl.gz"), new byte[0]);
        assertThatThrownBy(() -> new EventLogReader().read(file, new CollectingSink()))
                .isInstanceOf(InputFileException.class)
                .hasMessage("cannot read " + file + ": not a valid gzip file (the file is empty)");
        Path text = Files.writeString(dir.resolve("plain.jsonl.gz"), TestFiles.OPENED);
        assertThatThrownBy(() -> new EventLogReader().read(text, new CollectingSink()))
                .hasMessage("cannot read " + text + ": not a valid gzip file (it does not start with the gzip signature)");
    }
}
