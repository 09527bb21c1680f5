package com.servicepolicy.evaluator.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A tweet gives back the ids it was made with, as written, whether it keeps them as numbers or as text: plain numbers,
 * leading zeros, 18 and 19 digits, zero, Unicode digits, and no answered id at all.
 */
class TweetIdsTest {
    private static final String[] PIECES = {"0", "1", "9", "42", "123456789", "00", "\u0661", "x"};

    @Test
    void givesBackTheIdsAsWritten() {
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            String id = id(random);
            String replyTo = random.nextInt(4) == 0 ? null : id(random);
            Tweet t = new Tweet(2, id, "a", true, Instant.EPOCH, replyTo, null);
            assertThat(t.id()).isEqualTo(id);
            assertThat(t.inReplyTo()).isEqualTo(replyTo);
            assertThat(t.eventId()).isEqualTo("tw-" + id);
            assertThat(t.idText() == null).as(id).isEqualTo(Tweet.key(id) >= 0);
        }
    }

    private static String id(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf(random.nextLong(0, 1_000_000_000_000_000_000L)); // up to 19 digits
            case 1 -> String.valueOf(random.nextInt(1000));
            default -> {
                StringBuilder b = new StringBuilder();
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                }
                yield b.toString();
            }
        };
    }
}
