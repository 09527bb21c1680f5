package com.servicepolicy.evaluator.importers;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.ingest.SourceSummary;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Skips counted with the last reason kept aside ({@link RowTally#skipped}) add up as counting every row into the map
 * does (the reference here): runs of one reason, reasons alternating, the same text in different strings, and chunks'
 * tallies added to a source's, also after their summaries.
 */
class RowTallyTest {
    private static final String[] REASONS = {"no change", "reassigned", "a brand account's tweet marked inbound"};

    @Test
    void countsWhatCountingEveryRowCounts() {
        Random random = new Random(16);
        for (int run = 0; run < 500; run++) {
            RowTally whole = new RowTally();
            Map<String, Long> expected = new TreeMap<>();
            long converted = 0;
            long rejected = 0;
            long events = 0;
            int chunks = 1 + random.nextInt(4);
            for (int c = 0; c < chunks; c++) {
                RowTally chunk = new RowTally();
                for (int row = random.nextInt(200); row > 0; row--) {
                    switch (random.nextInt(4)) {
                        case 0 -> {
                            chunk.converted(2);
                            converted++;
                            events += 2;
                        }
                        case 1 -> {
                            chunk.rejected();
                            rejected++;
                        }
                        default -> {
                            String reason = REASONS[random.nextInt(random.nextBoolean() ? 1 : REASONS.length)];
                            reason = random.nextInt(5) == 0 ? new String(reason) : reason; // equal, not the same string
                            (random.nextInt(3) == 0 ? whole : chunk).skipped(reason);
                            expected.merge(reason, 1L, Long::sum);
                        }
                    }
                }
                if (random.nextBoolean()) {
                    chunk.summary("f", "x"); // a summary on the way changes nothing
                }
                whole.add(chunk);
            }
            long skipped = expected.values().stream().mapToLong(Long::longValue).sum();
            SourceSummary summary = whole.summary("f", "x");
            assertThat(summary).isEqualTo(new SourceSummary("f", "x", converted + skipped + rejected, converted, skipped,
                    rejected, events, expected));
            assertThat(whole.summary("f", "x")).isEqualTo(summary);
        }
    }
}
