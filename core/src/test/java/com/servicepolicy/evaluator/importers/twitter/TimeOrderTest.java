package com.servicepolicy.evaluator.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sorting by packed keys gives the comparator's stable order: by time, then line, then place in the list. */
class TimeOrderTest {
    @Test
    void givesTheComparatorsOrder() {
        Random random = new Random(72);
        int packed = 0;
        for (int round = 0; round < 2_000; round++) {
            List<Tweet> tweets = new ArrayList<>();
            int n = random.nextInt(60);
            long line = 1;
            long base = random.nextBoolean() ? 1_500_000_000L : random.nextLong(-100_000_000_000L, 100_000_000_000L);
            long spread = random.nextInt(5) == 0 ? 3_000_000_000L : 1 + random.nextInt(20);
            boolean nanos = random.nextInt(6) == 0;
            boolean linesBack = random.nextInt(6) == 0;
            for (int i = 0; i < n; i++) {
                line += linesBack ? random.nextInt(5) - 2 : random.nextInt(3);
                Instant at = Instant.ofEpochSecond(base + random.nextLong(spread), nanos ? random.nextInt(3) : 0);
                tweets.add(new Tweet(line, "t" + i, "a", true, at, null, null));
            }
            int[] expected = TimeOrder.byComparator(tweets);
            assertThat(TimeOrder.of(tweets)).as("round %d", round).containsExactly(expected);
            packed += !nanos && !linesBack && spread < Integer.MAX_VALUE ? 1 : 0;
        }
        assertThat(packed).isGreaterThan(500);
    }
}
