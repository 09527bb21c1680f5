package com.servicepolicy.evaluator.importers;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written instant text is {@link Instant#toString()}, character for character, at any instant. */
class InstantTextTest {
    @Test
    void writesWhatToStringWrites() {
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L),
                    i % 10 == 0 ? random.nextInt(1_000_000_000) : 0);
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
        }
        for (String text : new String[] {"1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                "2016-02-29T01:16:00Z", "1969-12-31T23:59:59Z"}) {
            assertThat(InstantText.of(Instant.parse(text))).isEqualTo(text);
        }
    }
}
