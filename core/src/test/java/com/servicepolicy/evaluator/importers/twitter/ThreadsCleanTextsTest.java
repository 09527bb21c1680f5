package com.servicepolicy.evaluator.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.importers.ValidatedAsPlain;
import com.servicepolicy.evaluator.ingest.RawEvent;
import com.servicepolicy.evaluator.ingest.SourceRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The texts threads give as clean (ids, types, and a thread's customer, brand and id when they are) validate as the
 * same texts set plainly do: brands and customers with U+0000, lone and paired surrogates, and handles over the
 * contract's 512 characters (alone, and in a thread's id).
 */
class ThreadsCleanTextsTest {
    private static final String[] BRANDS = {"AppleSupport", "Amazon\u0000Help", "Spotify\uD800", "\uD83D\uDE00Cares",
        "B".repeat(513), "\uD83D\uDE00".repeat(300)};
    private static final String[] CUSTOMERS = {"115712", "1157\u00001", "\uDC00115", "\uD83D\uDE00", "9".repeat(513),
        "8".repeat(300), "4242"};

    @Test
    void validatesAsPlainTexts() throws Exception {
        Random random = new Random(29);
        List<RawEvent> events = new ArrayList<>();
        for (int run = 0; run < 40; run++) {
            events.addAll(events(tweets(random, 1 + random.nextInt(500))));
        }
        List<String> plain = ValidatedAsPlain.asPlain(events);
        assertThat(ValidatedAsPlain.asMade(events)).isEqualTo(plain);
        assertThat(plain).anyMatch(e -> e.contains("U+0000")).anyMatch(e -> e.contains("surrogate"))
                .anyMatch(e -> e.contains("longer than")).anyMatch(e -> e.startsWith("accepted"));
    }

    private static List<Tweet> tweets(Random random, int n) {
        List<Tweet> tweets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean inbound = random.nextInt(3) > 0;
            String author = inbound ? CUSTOMERS[random.nextInt(CUSTOMERS.length)] : BRANDS[random.nextInt(BRANDS.length)];
            String replyTo = tweets.isEmpty() || random.nextInt(4) == 0 ? null
                    : tweets.get(tweets.size() - 1 - random.nextInt(Math.min(tweets.size(), 10))).id();
            String text = random.nextBoolean() ? "@AppleSupport help" : "@115712 on it";
            Instant at = Instant.ofEpochSecond(1_500_000_000L + random.nextInt(n * 9000 + 1));
            tweets.add(new Tweet(i + 2, String.valueOf(i + 1), author, inbound, at, replyTo, text));
        }
        return tweets;
    }

    private static List<RawEvent> events(List<Tweet> tweets) {
        List<RawEvent> out = new ArrayList<>();
        new Threads(Duration.ofHours(72), new SourceRecords() {
            @Override
            public void event(RawEvent event, long line) {
                out.add(event);
            }

            @Override
            public void unusable(long line, String reason) {
            }
        }, new RowTally()).build(tweets);
        return out;
    }
}
