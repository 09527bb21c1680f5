package com.servicepolicy.evaluator.ingest;

/**
 * The contract's limits on text (shared/spec/event-log.md, "Limits"), checked by the one reader so
 * that every door rejects the same lines: no U+0000, no unpaired UTF-16 surrogate, and a maximum
 * length in characters (Unicode code points, as PostgreSQL counts them; a character outside the
 * Basic Multilingual Plane counts once although Java holds it in two chars).
 */
public final class TextLimits {
    /** {@code eventId}, {@code customerId}, {@code interactionId}, {@code agentId}. */
    public static final int IDENTIFIER = 512;
    /** {@code queue} on OPENED: the team or queue, as long as an identifier. */
    public static final int QUEUE = 512;
    public static final int TOPIC = 1_000;
    public static final int REASON_CODE = 200;
    public static final int REASON_TEXT = 10_000;
    /** A customers file's attribute name (a column or JSON key other than {@code customerId}). */
    public static final int ATTRIBUTE_NAME = 100;
    /** A customers file's group label (the value of an attribute). */
    public static final int GROUP_LABEL = 200;

    private TextLimits() {
    }

    /**
     * Whether {@code value} holds neither U+0000 nor an unpaired surrogate ({@code problem(value, 0) == null}). Texts
     * made by joining clean texts are clean: a clean text neither starts with a low surrogate nor ends with a high one.
     */
    public static boolean clean(String value) {
        return problem(value, 0) == null;
    }

    /** Why {@code value} breaks the limits, or {@code null}; {@code maxChars} 0 means no length limit. */
    public static String problem(String value, int maxChars) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "contains the character U+0000 (at character " + (value.codePointCount(0, i) + 1) + ")";
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return "contains an unpaired UTF-16 surrogate \\u" + Integer.toHexString(c)
                            + " (at character " + (value.codePointCount(0, i) + 1) + ")";
                }
            }
        }
        if (maxChars > 0 && n > maxChars) {
            int chars = value.codePointCount(0, n);
            if (chars > maxChars) {
                return "longer than " + maxChars + " characters (" + chars + ")";
            }
        }
        return null;
    }
}
