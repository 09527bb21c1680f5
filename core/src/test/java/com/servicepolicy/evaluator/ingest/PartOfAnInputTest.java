package com.servicepolicy.evaluator.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A part of an input read after N lines (a Spark split) numbers its lines as a read of the whole input does. */
class PartOfAnInputTest {
    private static final String VALID = "{\"eventId\":\"e%d\",\"type\":\"OPENED\",\"at\":\"2026-03-16T09:00:00Z\","
            + "\"customerId\":\"c1\",\"interactionId\":\"T-%d\",\"channel\":\"EMAIL\"}";

    @Test
    void linesEventsAndRejectionsKeepTheirNumbersInTheWholeInput() throws Exception {
        String whole = VALID.formatted(1, 1) + "\n\nnot json\n" + VALID.formatted(2, 2) + "\n{\"eventId\":\"e3\"}\n";
        CollectingSink all = new CollectingSink();
        new EventLogReader().read(stream(whole), EventSources.named("jsonl"), "log.jsonl", all);

        int cut = whole.indexOf("not json"); // the part starts at line 3, after 2 lines
        CollectingSink part = new CollectingSink();
        ReadStats stats = new EventLogReader().read(stream(whole.substring(cut)), EventSources.named("jsonl"),
                "log.jsonl", 2, part);

        assertThat(stats).isEqualTo(new ReadStats(3, 1, 0, 2));
        assertThat(part.rejections).extracting(Rejection::line).containsExactly(3L, 5L);
        assertThat(part.rejections).extracting(Rejection::toString)
                .isEqualTo(all.rejections.stream().map(Rejection::toString).toList());
        assertThat(part.events).singleElement().satisfies(e -> {
            assertThat(e.getSequence()).isEqualTo(4);
            assertThat(e.getSequence()).isEqualTo(all.events.get(1).getSequence());
        });
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
