package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.event.Event;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Records validated ahead on a worker reach the reader's accounting from the arrays ({@link AheadRecords}: event, id
 * and hash side by side) exactly as they do record by record: the same events, rejections and duplicates (with their
 * first locations), in the same order, the same counts, across chunks and inputs that share one registry.
 */
class AheadRecordsTest {
    @Test
    void theReaderTakesFromTheArraysWhatItTakesRecordByRecord() {
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            List<List<Object[]>> inputs = new ArrayList<>();
            for (int input = 0; input < 1 + random.nextInt(3); input++) {
                inputs.add(records(random));
            }
            String byRecord = transcript(inputs, false);
            assertThat(transcript(inputs, true)).as("seed %d", seed).isEqualTo(byRecord);
            if (seed == 1) {
                assertThat(byRecord).contains("accept", "rejected", "duplicate of line", "duplicate of b", "is broken");
            }
        }
    }

    @Test
    void theRegistryIsGivenEachIdsOwnHash() {
        List<String> wrong = new ArrayList<>();
        EventIdRegistry checking = new EventIdRegistry() {
            private final EventIdRegistry ids = EventIdRegistry.inMemory();

            @Override
            public boolean add(String eventId, String source, long line) {
                return ids.add(eventId, source, line);
            }

            @Override
            public boolean add(String eventId, int hash, String source, long line) {
                if (hash != eventId.hashCode()) {
                    wrong.add(eventId);
                }
                return ids.add(eventId, hash, source, line);
            }
        };
        EventRecords reader = new EventRecords("a", checking, new CollectingSink());
        RecordedRecords recorded = new RecordedRecords();
        List<Object[]> records = records(new Random(7));
        records.forEach(r -> record(recorded, r));
        recorded.replayInto(reader);
        assertThat(wrong).isEmpty();
        assertThat(reader.stats().accepted()).isPositive();
    }

    /**
     * Every record of {@code inputs} through one reader's accounting per input (one registry for all), in chunks of
     * random sizes recorded on this thread: replayed into the reader itself ({@code fromArrays}) or through a receiver
     * that only passes each record on, which takes them one by one.
     */
    private static String transcript(List<List<Object[]>> inputs, boolean fromArrays) {
        StringBuilder out = new StringBuilder();
        EventSink sink = new EventSink() {
            @Override
            public void accept(Event e) {
                out.append("accept ").append(e.getSequence()).append(' ').append(e.getEventId()).append(' ')
                        .append(e.getType()).append(' ').append(e.instant()).append('\n');
            }

            @Override
            public void rejected(Rejection r) {
                out.append("rejected ").append(r).append('\n');
            }

            @Override
            public void duplicate(Duplicate d) {
                out.append(d).append('\n');
            }
        };
        EventIdRegistry ids = EventIdRegistry.inMemory();
        Random chunks = new Random(inputs.size());
        for (int input = 0; input < inputs.size(); input++) {
            EventRecords reader = new EventRecords(input == 0 ? "b" : "f" + input, ids, sink);
            SourceRecords passOn = new SourceRecords() {
                @Override
                public void event(RawEvent event, long line) {
                    reader.event(event, line);
                }

                @Override
                public void unusable(long line, String reason) {
                    reader.unusable(line, reason);
                }
            };
            List<Object[]> records = inputs.get(input);
            for (int from = 0; from < records.size(); ) {
                int to = Math.min(records.size(), from + 1 + chunks.nextInt(3 * AheadRecords.LOOK_AHEAD));
                RecordedRecords chunk = new RecordedRecords();
                records.subList(from, to).forEach(r -> record(chunk, r));
                chunk.replayInto(fromArrays ? reader : passOn);
                from = to;
            }
            out.append(reader.stats()).append('\n');
        }
        return out.toString();
    }

    private static void record(RecordedRecords chunk, Object[] record) {
        long line = (Long) record[1];
        if (record[0] instanceof String reason) {
            chunk.unusable(line, reason);
        } else {
            chunk.event(event((String) ((Object[]) record[0])[0], (String) ((Object[]) record[0])[1]), line);
        }
    }

    /**
     * Random records in line order: events whose ids come from a small pool (so that they repeat, also across inputs),
     * some of them sharing one String hash ("Aa" and "BB"), some without an id or with a broken time; and unusable
     * records. Each is {event's {id, at} or the reason, line}.
     */
    private static List<Object[]> records(Random random) {
        List<Object[]> records = new ArrayList<>();
        long line = 0;
        for (int i = 0, n = random.nextInt(400); i < n; i++) {
            line += 1 + random.nextInt(3);
            double kind = random.nextDouble();
            if (kind < 0.08) {
                records.add(new Object[]{"row " + line + " is broken", line});
                continue;
            }
            String id = kind < 0.3 ? collidingId(random.nextInt(16)) : kind < 0.33 ? null : "e-" + random.nextInt(300);
            String at = random.nextInt(10) == 0 ? "2026-06-20 08:00" : "2026-06-20T08:00:" + String.format("%02d", i % 60) + "Z";
            records.add(new Object[]{new String[]{id, at}, line});
        }
        return records;
    }

    /** One of 16 ids of four "Aa"/"BB" blocks: all have the same String hash. */
    private static String collidingId(int bits) {
        StringBuilder id = new StringBuilder("h-");
        for (int i = 0; i < 4; i++) {
            id.append((bits >>> i & 1) == 0 ? "Aa" : "BB");
        }
        return id.toString();
    }

    private static RawEvent event(String id, String at) {
        String json = "{" + (id == null ? "" : "\"eventId\":\"" + id + "\",") + "\"type\":\"OPENED\",\"at\":\"" + at
                + "\",\"customerId\":\"c-1\",\"interactionId\":\"i-1\",\"channel\":\"EMAIL\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return JsonEventFields.fromLine(bytes, 0, bytes.length);
    }
}
