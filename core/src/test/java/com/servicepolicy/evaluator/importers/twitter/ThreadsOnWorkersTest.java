package com.servicepolicy.evaluator.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.RawEvent;
import com.servicepolicy.evaluator.ingest.SourceRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Threads built with the look-ups and the time-ordered layout on workers give, record for record and count for count,
 * what building them all on the reading thread gives: random tweets of a few brands and many customers, answering
 * one another or not (also tweets not in the list), with mentions, repeated ids, ties in time and long silences.
 */
class ThreadsOnWorkersTest {
    @Test
    void onWorkersAsOnTheReadingThread() {
        Random random = new Random(19);
        StringBuilder all = new StringBuilder();
        for (int run = 0; run < 60; run++) {
            List<Tweet> tweets = tweets(random, random.nextInt(run < 5 ? 10 : 6_000));
            String alone = transcript(tweets, Integer.MAX_VALUE);
            assertThat(transcript(tweets, 1)).as("run %d", run).isEqualTo(alone);
            all.append(alone);
        }
        assertThat(all).contains("OPENED", "CUSTOMER_MESSAGE", "AGENT_REPLY", "RESOLVED");
    }

    private static List<Tweet> tweets(Random random, int n) {
        String[] brands = {"AppleSupport", "AmazonHelp", "SpotifyCares"};
        List<Tweet> tweets = new ArrayList<>();
        boolean repeats = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            boolean inbound = random.nextInt(3) > 0;
            String author = inbound ? String.valueOf(100 + random.nextInt(Math.max(1, n / 20))) : brands[random.nextInt(brands.length)];
            String id = String.valueOf(repeats && random.nextInt(20) == 0 ? random.nextInt(i + 1) : i + 1);
            String replyTo = tweets.isEmpty() || random.nextInt(4) == 0 ? (random.nextInt(10) == 0 ? "999999" : null)
                    : tweets.get(tweets.size() - 1 - random.nextInt(Math.min(tweets.size(), 30))).id();
            String text = switch (random.nextInt(4)) {
                case 0 -> "@" + brands[random.nextInt(brands.length)] + " help";
                case 1 -> "@" + (100 + random.nextInt(50)) + " we are on it";
                case 2 -> null;
                default -> "no mention";
            };
            Instant at = Instant.ofEpochSecond(1_500_000_000L + random.nextInt(n * 900 + 1)); // ties and long silences
            tweets.add(new Tweet(i + 2, id, author, inbound, at, replyTo, text));
        }
        return tweets;
    }

    private static String transcript(List<Tweet> tweets, int onWorkersFrom) {
        StringBuilder out = new StringBuilder();
        RowTally tally = new RowTally();
        SourceRecords records = new SourceRecords() {
            @Override
            public void event(RawEvent event, long line) {
                out.append(line);
                for (EventField f : EventField.values()) {
                    if (event.get(f) != null) {
                        out.append(' ').append(f).append('=').append(event.get(f));
                    }
                }
                out.append('\n');
            }

            @Override
            public void unusable(long line, String reason) {
                out.append(line).append(' ').append(reason).append('\n');
            }
        };
        new Threads(Duration.ofHours(72), records, tally).build(tweets, onWorkersFrom);
        return out.append(tally.summary("test.twcs.csv", "twcs")).toString();
    }
}
