package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events validated ahead on worker threads reach the reader exactly as if it had validated them itself: the same
 * events, rejections and duplicates, in the same order, with the unusable records where they were reported, for
 * any batch size; and nothing is handed over twice or left behind by {@code finish} and {@code summary}.
 */
class ValidatedAheadTest {
    @Test
    void theReaderSeesWhatItWouldHaveSeenValidatingItselfWhateverTheBatchSize() {
        String expected = transcript(null);
        assertThat(expected).contains("rejected", "DUPLICATE", "is broken", "at: ").hasLineCount(5_000 + 2_500 + 1);
        for (int batch : new int[]{1, 2, 7, 100, 4096, 1 << 20}) {
            assertThat(transcript(batch)).as("batches of %d", batch).isEqualTo(expected);
        }
    }

    /** Mixed records through a reader, directly ({@code batch} null) or validated ahead in batches of {@code batch}. */
    private static String transcript(Integer batch) {
        CollectingSink sink = new CollectingSink();
        List<SourceSummary> summaries = new ArrayList<>();
        EventRecords reader = new EventRecords("f", EventIdRegistry.inMemory(), sink);
        SourceRecords into = new SourceRecords() {
            @Override
            public void event(RawEvent event, long line) {
                reader.event(event, line);
            }

            @Override
            public void unusable(long line, String reason) {
                reader.unusable(line, reason);
            }

            @Override
            public void summary(SourceSummary summary) {
                assertThat(reader.stats().read()).as("the summary after every record").isEqualTo(5_000 * 3 / 2);
                summaries.add(summary);
            }
        };
        SourceRecords records = batch == null ? into : new ValidatedAhead(into, batch);
        for (int i = 0; i < 5_000; i++) {
            records.event(event(i), i);
            if (i % 2 == 0) {
                records.unusable(i, "row " + i + " is broken");
            }
        }
        if (records instanceof ValidatedAhead ahead) {
            ahead.finish();
            ahead.finish(); // a second time hands over nothing more
        }
        records.summary(new SourceSummary("f", "test", 1, 1, 0, 0, 1, java.util.Map.of()));
        assertThat(summaries).hasSize(1);
        StringBuilder out = new StringBuilder();
        sink.events.forEach(e -> out.append(e.getSequence()).append(' ').append(e.getEventId()).append(' ')
                .append(e.getType()).append(' ').append(e.instant()).append('\n'));
        sink.rejections.forEach(r -> out.append("rejected ").append(r).append('\n'));
        sink.duplicates.forEach(d -> out.append("DUPLICATE ").append(d).append('\n'));
        out.append(reader.stats()).append('\n');
        return out.toString();
    }

    /** Valid events, with a bad time every 7th and the id of an earlier one every 11th. */
    private static RawEvent event(int i) {
        String id = i % 11 == 10 ? "e-" + (i - 3) : "e-" + i;
        String at = i % 7 == 6 ? "2026-06-20 08:00" : "2026-06-20T08:00:" + String.format("%02d", i % 60) + "Z";
        String json = "{\"eventId\":\"" + id + "\",\"type\":\"OPENED\",\"at\":\"" + at + "\",\"customerId\":\"c-" + (i % 13)
                + "\",\"interactionId\":\"i-" + i + "\",\"channel\":\"EMAIL\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return JsonEventFields.fromLine(bytes, 0, bytes.length);
    }
}
