package com.servicepolicy.evaluator.importers;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast reader of fixed-width times agrees with DateTimeFormatter, and leaves what it cannot read to it. */
class FixedWidthTimeTest {
    private static final String[] PATTERNS = {"dd-MM-yyyy HH:mm", "MM/dd/yyyy hh:mm:ss a", "dd.MM.yyyy HH:mm", "yyyy-MM-dd'T'HH:mm:ss".replace("'", "")};

    @Test
    void readsWhatTheFormatterWritesForRandomTimes() {
        Random random = new Random(16);
        for (String pattern : new String[]{"dd-MM-yyyy HH:mm", "MM/dd/yyyy hh:mm:ss a", "dd.MM.yyyy HH:mm"}) {
            FixedWidthTime fast = FixedWidthTime.of(pattern);
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
            for (int i = 0; i < 20_000; i++) {
                LocalDateTime t = LocalDateTime.of(1970 + random.nextInt(1000), 1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextInt(24), random.nextInt(60), pattern.contains("ss") ? random.nextInt(60) : 0);
                String text = t.format(formatter);
                assertThat(fast.parse(text)).as(pattern + " " + text).isEqualTo(LocalDateTime.parse(text, formatter));
            }
        }
    }

    @Test
    void takesAsARealTimeExactlyWhatLocalDateTimeTakes() {
        Random random = new Random(17);
        FixedWidthTime fast = FixedWidthTime.of("MM/dd/yyyy HH:mm:ss");
        for (int i = 0; i < 200_000; i++) {
            int year = random.nextInt(10_000), month = random.nextInt(14), day = random.nextInt(33);
            int hour = random.nextInt(26), minute = random.nextInt(62), second = random.nextInt(62);
            String text = String.format(Locale.ROOT, "%02d/%02d/%04d %02d:%02d:%02d", month, day, year, hour, minute, second);
            LocalDateTime expected;
            try {
                expected = LocalDateTime.of(year, month, day, hour, minute, second);
            } catch (java.time.DateTimeException e) {
                expected = null;
            }
            assertThat(fast.parse(text)).as(text).isEqualTo(expected);
            assertThat(fast.localEpochSecond(text)).as(text)
                    .isEqualTo(expected == null ? FixedWidthTime.NO_TIME : expected.toEpochSecond(java.time.ZoneOffset.UTC));
        }
    }

    @Test
    void leavesTextThatDoesNotFitToTheFormatter() {
        FixedWidthTime fast = FixedWidthTime.of("MM/dd/yyyy hh:mm:ss a");
        assertThat(fast.parse("12/25/2013 11:59:08 PM")).isEqualTo(LocalDateTime.of(2013, 12, 25, 23, 59, 8));
        assertThat(fast.parse("12/25/2013 12:00:00 AM")).isEqualTo(LocalDateTime.of(2013, 12, 25, 0, 0, 0));
        assertThat(fast.parse("12/25/2013 12:00:00 PM")).isEqualTo(LocalDateTime.of(2013, 12, 25, 12, 0, 0));
        assertThat(fast.parse("12/25/2013 13:00:00 PM")).isNull();
        assertThat(fast.parse("02/30/2013 10:00:00 AM")).isNull();
        assertThat(fast.parse("2013-12-25 10:00:00 AM")).isNull();
        assertThat(fast.parse("12/25/2013 10:00 AM")).isNull();
        assertThat(FixedWidthTime.of("EEE MMM dd HH:mm:ss Z yyyy")).isNull();
        assertThat(FixedWidthTime.of("d/M/yyyy")).isNull();
        assertThat(FixedWidthTime.of(PATTERNS[0])).isNotNull();
    }
}
