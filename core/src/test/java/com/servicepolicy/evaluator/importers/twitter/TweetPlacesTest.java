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
 * collide.
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
}
