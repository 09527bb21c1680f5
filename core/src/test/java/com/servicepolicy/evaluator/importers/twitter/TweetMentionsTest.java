package com.servicepolicy.evaluator.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A tweet's mentions, found by hand, are what {@code @(\w+)} finds, in order, on random texts rich in {@code @}. */
class TweetMentionsTest {
    private static final Pattern MENTION = Pattern.compile("@(\\w+)");
    private static final String[] PIECES = {"@", "@@", "a", "Z", "_", "0", "9", "é", "ß", " ", ".", "-", ":", "\n", "\uD83D\uDE00",
        "AppleSupport", "115712", "@sprintcare", "@115712", "@_", "@é", "https://t.co/x@y", "ΑΒ", "\u0660"};

    @Test
    void findsWhatTheRegexFinds() {
        Random random = new Random(23);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            List<String> expected = new ArrayList<>();
            Matcher m = MENTION.matcher(text);
            while (m.find()) {
                expected.add(m.group(1));
            }
            assertThat(Tweet.mentions(text.toString())).as(text.toString()).containsExactlyElementsOf(expected);
        }
        assertThat(Tweet.mentions(null)).isNull();
    }
}
