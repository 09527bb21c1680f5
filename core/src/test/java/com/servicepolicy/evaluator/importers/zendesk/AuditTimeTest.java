package com.servicepolicy.evaluator.importers.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An audit's {@code created_at} read by hand gives what {@link Instant#parse} gives, the instant or its error. */
class AuditTimeTest {
    @Test
    void givesWhatInstantParseGivesForAnyText() {
        Random random = new Random(16);
        String replacements = "0123456789-:TZz +.x";
        for (int i = 0; i < 200_000; i++) {
            String text = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L)).toString();
            if (random.nextInt(8) == 0) { // words, and texts whose first character is odd
                text = List.of("yesterday", "", " 2026-03-02T09:00:00Z", "+2026-03-02T09:00:00Z", "-0001-03-02T09:00:00Z",
                        "x".repeat(70), "\u0660026-03-02T09:00:00Z", "T", "Z").get(random.nextInt(9));
            } else if (random.nextBoolean()) {
                int at = random.nextInt(text.length());
                char c = replacements.charAt(random.nextInt(replacements.length()));
                text = switch (random.nextInt(3)) {
                    case 0 -> text.substring(0, at) + text.substring(at + 1);
                    case 1 -> text.substring(0, at) + c + text.substring(at);
                    default -> text.substring(0, at) + c + text.substring(at + 1);
                };
            }
            String t = text;
            Instant expected;
            try {
                expected = Instant.parse(t);
            } catch (DateTimeException e) {
                assertThatThrownBy(() -> Audit.instant(t)).as(t).isInstanceOf(DateTimeException.class)
                        .hasMessage(e.getMessage());
                continue;
            }
            assertThat(Audit.instant(t)).as(t).isEqualTo(expected);
        }
        assertThat(Audit.instant("2016-02-29T23:59:59Z")).isEqualTo(Instant.parse("2016-02-29T23:59:59Z"));
    }
}
