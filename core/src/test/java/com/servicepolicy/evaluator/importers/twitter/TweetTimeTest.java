package com.servicepolicy.evaluator.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reading of {@code created_at} gives what the formatter gives, for every text: the same instant, or
 * the formatter's error (then the hand-written reading declines), on real-shaped times and on mangled ones.
 */
class TweetTimeTest {
    @Test
    void readsTheExportsTimesByHand() {
        assertThat(TweetTime.plain("Tue Oct 31 22:10:47 +0000 2017")).isEqualTo(Instant.parse("2017-10-31T22:10:47Z"));
        assertThat(TweetTime.plain("Tue Oct 31 22:10:47 -0130 2017")).isEqualTo(Instant.parse("2017-10-31T23:40:47Z"));
        assertThat(TweetTime.plain("Wed Feb 29 00:00:00 +0000 2012")).isEqualTo(Instant.parse("2012-02-29T00:00:00Z"));
    }

    @Test
    void countsDaysAsLocalDateDoesFromTheYear1000On() {
        Random random = new Random(17);
        for (int i = 0; i < 300_000; i++) {
            java.time.LocalDate date = java.time.LocalDate.ofEpochDay(
                    random.nextLong(java.time.LocalDate.of(1000, 1, 1).toEpochDay(), java.time.LocalDate.of(9999, 12, 31).toEpochDay() + 1));
            assertThat(TweetTime.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth())).as("%s", date)
                    .isEqualTo(date.toEpochDay());
        }
        for (int year : new int[]{1000, 1600, 1700, 1900, 2000, 2100, 2400, 9999}) { // and the edges of every month
            for (int month = 1; month <= 12; month++) {
                java.time.LocalDate first = java.time.LocalDate.of(year, month, 1);
                assertThat(TweetTime.epochDay(year, month, 1)).isEqualTo(first.toEpochDay());
                assertThat(TweetTime.plain(first.withDayOfMonth(first.lengthOfMonth()).atStartOfDay(ZoneOffset.UTC)
                        .format(TweetTime.CREATED_AT))).as("%s", first).isNotNull();
                assertThat(TweetTime.plain(first.atStartOfDay(ZoneOffset.UTC).format(TweetTime.CREATED_AT)
                        .replaceFirst(" 01 ", " " + (first.lengthOfMonth() + 1) + " "))).as("day past %s", first).isNull();
            }
        }
    }

    @Test
    void givesWhatTheFormatterGivesForAnyText() {
        Random random = new Random(16);
        int byHand = 0;
        for (int i = 0; i < 200_000; i++) {
            ZonedDateTime time = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 40_000_000_000L))
                    .atZone(ZoneOffset.ofTotalSeconds(60 * random.nextInt(-18 * 60, 18 * 60 + 1)));
            String text = time.format(TweetTime.CREATED_AT);
            if (random.nextInt(3) == 0) {
                text = mangled(text, random);
            }
            Instant expected;
            try {
                expected = ZonedDateTime.parse(text, TweetTime.CREATED_AT).toInstant();
            } catch (DateTimeException e) {
                expected = null;
            }
            Instant fast = TweetTime.plain(text);
            if (fast != null) {
                byHand++;
                assertThat(fast).as(text).isEqualTo(expected);
            }
            if (expected == null) {
                String t = text;
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> TweetTime.parse(t)).as(text)
                        .isInstanceOf(DateTimeException.class);
            } else {
                assertThat(TweetTime.parse(text)).as(text).isEqualTo(expected);
            }
        }
        assertThat(byHand).as("most are read by hand").isGreaterThan(100_000);
    }

    /** One character changed, for a digit, a letter, a sign, a blank or nothing. */
    private static String mangled(String text, Random random) {
        String replacements = "0123456789+-: aAzZTueOctFebMonSunDec";
        int at = random.nextInt(text.length());
        int kind = random.nextInt(4);
        if (kind == 0) {
            return text.substring(0, at) + text.substring(at + 1);
        }
        char c = replacements.charAt(random.nextInt(replacements.length()));
        if (kind == 1) {
            return text.substring(0, at) + c + text.substring(at);
        }
        if (kind == 2) { // a day that may be past the month's end, or an impossible hour
            String[] days = {"28", "29", "30", "31", "32", "00", "24", "60", "99"};
            return text.substring(0, 8) + days[random.nextInt(days.length)] + text.substring(10);
        }
        return text.substring(0, at) + c + text.substring(at + 1);
    }
}
