package com.servicepolicy.evaluator.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Digits#only} answers as {@code chars().allMatch(Character::isDigit)} on random texts and on every char. */
class DigitsTest {
    private static final String[] PIECES = {"0", "9", "5", "a", "/", ":", ".", " ", "\u0660", "\u0669", "\u06F5", "\uFF10",
        "\uFF19", "\uD835\uDFCE", "\uD835", "\u00B2", "\u2160", "é", "-", "1"};

    @Test
    void answersAsTheStreamOnRandomTexts() {
        Random random = new Random(16);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            assertThat(Digits.only(t)).as(t).isEqualTo(t.chars().allMatch(Character::isDigit));
        }
    }

    @Test
    void answersAsTheStreamForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String t = "1" + (char) c;
            assertThat(Digits.only(t)).as("U+%04X", c).isEqualTo(t.chars().allMatch(Character::isDigit));
        }
        assertThat(Digits.only("")).isTrue();
    }
}
