package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.event.Event;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Properties of the one reader over arbitrary lines ({@link ArbitraryLines}): every line is accounted for once,
 * every rejection says why in clean text naming a contract field (or the whole line), every accepted event keeps
 * the contract's limits, and a line given as an NDJSON line and as a JSON array element gets the same verdict.
 * Seeded: {@code -Dproperty.seed=N} replays a failure (the seed is in the assertion message).
 */
class EveryReaderDoorPropertiesTest {
    private static final long SEED = Long.getLong("property.seed", System.nanoTime());
    private static final int LINES = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyLineIsAcceptedOrRejectedWithAReasonAndBothJsonDoorsAgree() throws InputFileException {
        byte[] file = new ArbitraryLines(SEED).file(LINES);
        CollectingSink lines = new CollectingSink();
        ReadStats stats = new EventLogReader().read(new ByteArrayInputStream(file), jsonl(), "file", lines);
        String seed = "seed " + SEED + " (-Dproperty.seed=" + SEED + ")";

        assertThat(stats.read()).as(seed).isEqualTo(nonBlankLines(file));
        assertThat(stats.read()).as(seed).isEqualTo(stats.accepted() + stats.duplicates() + stats.rejected());
        assertThat(lines.rejections).as(seed).allSatisfy(r -> {
            assertThat(r.errors()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.reason()).isNotBlank();
                assertThat(TextLimits.problem(e.reason(), 0)).as("reason is clean text: " + e.reason()).isNull();
                assertThat(e.field() == null || EventField.byName(e.field()) != null).as(e.toString()).isTrue();
            });
        });
        assertThat(lines.events).as(seed).allSatisfy(EveryReaderDoorPropertiesTest::keepsTheLimits);

        // the same objects as the elements of one JSON array (a request body) get the same verdicts
        Map<Long, String> byLine = verdicts(lines);
        List<String> jsonObjects = new ArrayList<>();
        List<Long> lineOf = new ArrayList<>();
        String[] text = new String(file, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < text.length; i++) {
            if (byLine.containsKey((long) i + 1) && isJsonObject(text[i])) {
                jsonObjects.add(text[i]);
                lineOf.add((long) i + 1);
            }
        }
        JsonNode array = JSON.readTree("[" + String.join(",", jsonObjects) + "]");
        CollectingSink elements = new CollectingSink();
        new EventLogReader().read(array, "body", elements);
        Map<Long, String> byIndex = verdicts(elements);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < jsonObjects.size(); i++) {
            if (!byLine.get(lineOf.get(i)).equals(byIndex.get((long) i))) {
                disagreements.add("line " + lineOf.get(i) + " " + byLine.get(lineOf.get(i)) + " but as element "
                        + byIndex.get((long) i) + ": " + abbreviated(jsonObjects.get(i)));
            }
        }
        assertThat(jsonObjects).as(seed).hasSizeGreaterThan(LINES / 2);
        assertThat(disagreements).as(seed).isEmpty();
    }

    private static void keepsTheLimits(Event e) {
        for (String text : new String[] {e.getEventId(), e.getCustomerId(), e.getInteractionId(), e.getAgentId()}) {
            if (text != null) {
                assertThat(TextLimits.problem(text, TextLimits.IDENTIFIER)).isNull();
            }
        }
        assertThat(e.getTopic() == null || TextLimits.problem(e.getTopic(), TextLimits.TOPIC) == null).isTrue();
        assertThat(e.getReasonCode() == null || TextLimits.problem(e.getReasonCode(), TextLimits.REASON_CODE) == null).isTrue();
        assertThat(e.getReasonText() == null || TextLimits.problem(e.getReasonText(), TextLimits.REASON_TEXT) == null).isTrue();
        assertThat(Times.inContractRange(e.getAt())).isTrue();
        assertThat(e.getDueAt() == null || Times.inContractRange(e.getDueAt())).isTrue();
    }

    /** Accepted (or duplicate) or the fields of its errors, by line. */
    private static Map<Long, String> verdicts(CollectingSink sink) {
        Map<Long, String> verdicts = new TreeMap<>();
        sink.events.forEach(e -> verdicts.put(e.getSequence(), "accepted"));
        sink.duplicates.forEach(d -> verdicts.put(d.line(), "accepted"));
        sink.rejections.forEach(r -> verdicts.put(r.line(), "rejected " + r.errors().stream().map(FieldError::field).toList()));
        return verdicts;
    }

    private static boolean isJsonObject(String line) {
        try {
            return JSON.readTree(line).isObject();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static long nonBlankLines(byte[] file) {
        return new String(file, StandardCharsets.ISO_8859_1).lines().filter(l -> !l.isBlank()).count();
    }

    private static String abbreviated(String s) {
        return s.length() < 300 ? s : s.substring(0, 300) + "...";
    }

    private static EventSource jsonl() {
        try {
            return EventSources.named("jsonl");
        } catch (InputFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
