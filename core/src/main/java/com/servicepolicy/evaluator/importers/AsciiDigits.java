package com.servicepolicy.evaluator.importers;

/** Fixed-width decimal fields of source times, read by hand where a time formatter was the costly part of a row. */
public final class AsciiDigits {
    private AsciiDigits() {
    }

    /** The value of the {@code width} ASCII digits at {@code at} (at most 9), or -1 if one of them is not a digit. */
    public static int value(CharSequence s, int at, int width) {
        int n = 0;
        for (int i = at; i < at + width; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = 10 * n + (c - '0');
        }
        return n;
    }
}
