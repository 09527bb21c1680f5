package com.servicepolicy.evaluator.importers.zendesk;

/**
 * A held text that is the digits of a number (ids, author ids, group ids: most of what an audit holds) kept as that
 * number, and made into its text again when read. Every audit is held until the whole document is read, and the
 * collector copied each of these texts (a String and its bytes, about 50 bytes) at least once: they were half of the
 * live heap of a Zendesk import. Only a text that {@link Long#toString} gives back exactly is kept as a number.
 */
final class DigitTexts {
    /** Stands for "not a number": the text is held as it is (a number of at most 18 digits is never this). */
    static final long NOT_A_NUMBER = Long.MIN_VALUE;

    private DigitTexts() {
    }

    /**
     * The number whose {@link Long#toString} is {@code text}, else {@link #NOT_A_NUMBER}: an optional {@code -}, then 1–18
     * digits without a leading zero (a lone {@code 0} is one), and not {@code -0}.
     */
    static long number(String text) {
        if (text == null) {
            return NOT_A_NUMBER;
        }
        int length = text.length();
        boolean negative = length > 0 && text.charAt(0) == '-';
        int first = negative ? 1 : 0;
        int digits = length - first;
        if (digits < 1 || digits > 18 || text.charAt(first) == '0' && (digits > 1 || negative)) {
            return NOT_A_NUMBER;
        }
        long n = 0;
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            n = 10 * n + (c - '0');
        }
        return negative ? -n : n;
    }

    /** The number to hold for the text held as {@code number} and {@code kept}: {@code number}, else that of the text. */
    static long held(long number, String kept) {
        return number == NOT_A_NUMBER ? number(kept) : number;
    }

    /** What is held for {@code text}: null when it is kept as {@code number(text)}, else the text itself. */
    static String kept(String text, long number) {
        return number == NOT_A_NUMBER ? text : null;
    }

    /** The text held as {@code number} and {@code kept}. */
    static String text(long number, String kept) {
        return number == NOT_A_NUMBER ? kept : Long.toString(number);
    }
}
