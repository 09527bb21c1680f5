package com.servicepolicy.evaluator.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TweetPlaces} answers what a {@code HashMap} of id to place, filled in file order, answers (the reference):
 * the last tweet of an id, -1 for an id no tweet has; with ids repeated or not, many or few, and ids whose hashes
 * collide; and, with numbers as ids (looked up by their keys), the same for ids and answered ids written as numbers
 * or not (leading zeros, 19 digits, text), {@link Tweet#key} being one-to-one on the plain ones.
 */
class TweetPlacesTest {
    @Test
    void answersWhatAMapFilledInFileOrderAnswers() {
        Random random = new Random(16);
        for (int run = 0; run < 300; run++) {
            int n = random.nextInt(run < 10 ? 3 : 3_000);
            int range = random.nextBoolean() ? Integer.MAX_VALUE : Math.max(1, n / 2); // repeated ids in the second
            List<Tweet> tweets = new ArrayList<>();
            Map<String, Integer> reference = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String id = random.nextInt(10) == 0 ? (random.nextBoolean() ? "Aa" : "BB") // equal hashes
                        : String.valueOf(random.nextInt(range));
                tweets.add(new Tweet(i + 2, id, "a", true, Instant.EPOCH, null, null));
                reference.put(id, i);
            }
            TweetPlaces places = new TweetPlaces(tweets);
            assertThat(places.idsAreUnique()).isEqualTo(reference.size() == n);
            for (Tweet t : tweets) {
                assertThat(places.of(t.id())).isEqualTo(reference.get(t.id()));
            }
            for (int k = 0; k < 50; k++) {
                String id = String.valueOf(random.nextInt());
                assertThat(places.of(id)).isEqualTo(reference.getOrDefault(id, -1));
            }
        }
    }

    @Test
    void numbersAsIdsAnswerWhatAMapOfTheirTextsAnswers() {
        Random random = new Random(17);
        String[] odd = {"007", "0", "00", "1234567890123456789", "999999999999999999", "12a", "", "-1"};
        for (int run = 0; run < 300; run++) {
            int n = random.nextInt(run < 10 ? 3 : 3_000);
            boolean allPlain = random.nextBoolean();
            int range = random.nextBoolean() ? Integer.MAX_VALUE : Math.max(1, n / 2);
            List<Tweet> tweets = new ArrayList<>();
            Map<String, Integer> reference = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String id = !allPlain && random.nextInt(20) == 0 ? odd[random.nextInt(odd.length)] : plain(random, range);
                String replyTo = switch (random.nextInt(4)) {
                    case 0 -> null;
                    case 1 -> odd[random.nextInt(odd.length)];
                    case 2 -> plain(random, range);
                    default -> tweets.isEmpty() ? null : tweets.get(random.nextInt(tweets.size())).id();
                };
                tweets.add(new Tweet(i + 2, id, "a", true, Instant.EPOCH, replyTo, null));
                reference.put(id, i);
            }
            TweetPlaces places = new TweetPlaces(tweets);
            assertThat(places.idsAreUnique()).isEqualTo(reference.size() == n);
            for (Tweet t : tweets) {
                assertThat(places.ofId(t)).isEqualTo(reference.get(t.id()));
                assertThat(places.ofReply(t)).isEqualTo(t.inReplyTo() == null ? -1 : reference.getOrDefault(t.inReplyTo(), -1));
                assertThat(Tweet.key(t.id()) >= 0).isEqualTo(t.id().matches("0|[1-9][0-9]{0,17}"));
            }
            for (String id : odd) {
                assertThat(places.of(id)).isEqualTo(reference.getOrDefault(id, -1));
            }
            int[] answered = new int[n];
            int[] own = new int[n];
            places.lookUp(tweets, answered, own, random.nextBoolean() ? 1 : Integer.MAX_VALUE).await();
            for (int i = 0; i < n; i++) { // on workers as one by one
                assertThat(answered[i]).isEqualTo(places.ofReply(tweets.get(i)));
                assertThat(own[i]).isEqualTo(places.ofId(tweets.get(i)));
            }
        }
    }

    private static String plain(Random random, int range) {
        if (random.nextInt(10) == 0) { // up to 18 digits
            String digits = String.valueOf(random.nextLong() & Long.MAX_VALUE);
            return digits.substring(0, 1 + random.nextInt(Math.min(18, digits.length())));
        }
        return String.valueOf(random.nextInt(range));
    }
}
