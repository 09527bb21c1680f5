package com.servicepolicy.evaluator.store.sql;

/**
 * Text the night writes about input it did not accept (a reject's id, reason and source) or that a rule wrote
 * (a violation's message), made fit for any column: U+0000 (which PostgreSQL refuses) and unpaired surrogates
 * (which its driver turns into '?') become U+FFFD, and the text is cut to the column's length in Java chars
 * (H2 counts those, PostgreSQL counts characters, so it fits both) without splitting a pair. So that a reject,
 * whatever it quotes, can never fail the night that records it.
 */
public final class StoredText {
    private static final String CUT = " ...";

    private StoredText() {
    }

    public static String fit(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        String clean = clean(text);
        if (clean.length() <= maxChars) {
            return clean;
        }
        int end = maxChars - CUT.length();
        if (Character.isLowSurrogate(clean.charAt(end)) && Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + CUT;
    }

    private static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c == '\u0000';
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            bad |= Character.isSurrogate(c);
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
