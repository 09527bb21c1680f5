package com.servicepolicy.evaluator.importers.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Texts held as numbers ({@link DigitTexts}) read back as exactly the text given, whatever it is; the digits of a long
 * of at most 18 digits are held as the number; and an audit's content and events give back every text they were made of.
 */
class DigitTextsTest {
    private static final String ALPHABET = "0123456789-+ ae\u0663.";

    @Test
    void anyTextReadsBackAsItWas() {
        Random random = new Random(15);
        List<String> texts = new ArrayList<>(List.of("", "0", "-0", "00", "-", "--1", "+1", "-00", "007", "-05", "1-",
                "999999999999999999", "-999999999999999999", "1000000000000000000", "-1000000000000000000",
                "9999999999999999999", String.valueOf(Long.MAX_VALUE), String.valueOf(Long.MIN_VALUE), "\u0663", "1 "));
        for (int i = 0; i < 200_000; i++) {
            texts.add(random.nextBoolean() ? mangled(random, String.valueOf(randomLong(random))) : randomText(random));
        }
        texts.add(null);
        int numbers = 0;
        for (String text : texts) {
            long number = DigitTexts.number(text);
            assertThat(DigitTexts.text(number, DigitTexts.kept(text, number))).as(text).isEqualTo(text);
            if (number != DigitTexts.NOT_A_NUMBER) {
                numbers++;
                assertThat(Long.toString(number)).as(text).isEqualTo(text);
                assertThat(DigitTexts.kept(text, number)).isNull();
            }
        }
        assertThat(numbers).isGreaterThan(50_000);
    }

    @Test
    void theDigitsOfAnyLongOfAtMost18DigitsAreHeldAsIt() {
        Random random = new Random(18);
        for (int i = 0; i < 200_000; i++) {
            long n = randomLong(random) % 1_000_000_000_000_000_000L;
            assertThat(DigitTexts.number(Long.toString(n))).isEqualTo(n);
        }
        assertThat(DigitTexts.number("0")).isZero();
        assertThat(DigitTexts.number("-0")).isEqualTo(DigitTexts.NOT_A_NUMBER);
    }

    @Test
    void contentAndEventsGiveBackTheirTexts() {
        Random random = new Random(16);
        for (int i = 0; i < 50_000; i++) {
            String type = randomText(random);
            String id = random.nextBoolean() ? String.valueOf(randomLong(random)) : randomText(random);
            String fieldName = randomText(random);
            String value = random.nextInt(4) == 0 ? null : random.nextBoolean() ? String.valueOf(randomLong(random)) : randomText(random);
            String author = random.nextInt(4) == 0 ? null : random.nextBoolean() ? String.valueOf(randomLong(random)) : randomText(random);
            boolean isPublic = random.nextBoolean();
            AuditContent.Event e = new AuditContent.Event(type, id, fieldName, value, isPublic, author);
            assertThat(List.of(e.type(), e.id(), e.fieldName())).isEqualTo(List.of(type, id, fieldName));
            assertThat(e.value()).isEqualTo(value);
            assertThat(e.authorId()).isEqualTo(author);
            assertThat(e.isPublic()).isEqualTo(isPublic);
            assertThat(e.logEventId("35436")).isEqualTo("zd-35436-" + id);
            String auditAuthor = random.nextInt(4) == 0 ? null : String.valueOf(randomLong(random));
            String channel = random.nextBoolean() ? null : randomText(random);
            AuditContent content = new AuditContent(auditAuthor, channel, List.of(e));
            assertThat(content.authorId()).isEqualTo(auditAuthor);
            assertThat(content.channel()).isEqualTo(channel);
            assertThat(content.events()).containsExactly(e);
            assertThat(content).isEqualTo(new AuditContent(auditAuthor, channel,
                    List.of(new AuditContent.Event(type, id, fieldName, value, isPublic, author))));
        }
    }

    /** Longs of 1–19 digits, either sign. */
    private static long randomLong(Random random) {
        long n = random.nextLong() >>> random.nextInt(64);
        return random.nextBoolean() ? -n : n;
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(22); i > 0; i--) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The text, or it with one character replaced, inserted or removed. */
    private static String mangled(Random random, String text) {
        if (random.nextBoolean() || text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + c + text.substring(at);
            default -> text.substring(0, at) + c + text.substring(at + 1);
        };
    }
}
