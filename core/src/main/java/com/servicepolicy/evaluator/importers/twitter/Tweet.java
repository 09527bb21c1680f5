package com.servicepolicy.evaluator.importers.twitter;

import java.time.Instant;

/**
 * One row of the twcs export, as far as threads need it; {@code inReplyTo} is null for a tweet that starts a chain.
 * {@code idKey} and {@code replyKey} are the ids as numbers ({@link #key}), for {@link TweetPlaces}; {@code mentions}
 * the handles its text mentions, in order ({@link #mentions}; null without a text): all that threads read of the text,
 * which is not kept (a million tweets' texts were a third of the live heap every collection copied).
 */
record Tweet(long line, String id, String author, boolean inbound, Instant at, String inReplyTo, String[] mentions,
             long idKey, long replyKey) {
    private static final String[] NONE = {};

    /** Made on the worker that reads the row: keys, mentions and the author's hash are computed there. */
    Tweet(long line, String id, String author, boolean inbound, Instant at, String inReplyTo, String text) {
        this(line, id, author, inbound, at, inReplyTo, mentions(text), key(id), inReplyTo == null ? -1 : key(inReplyTo));
        author.hashCode(); // kept by the string: the reading thread looks authors up in sets and maps
    }

    /**
     * What {@code Pattern.compile("@(\\w+)")} finds in {@code text}, in order: each {@code @} followed by one or more
     * of {@code [a-zA-Z_0-9]}, the longest such run. Null for null.
     */
    static String[] mentions(String text) {
        if (text == null) {
            return null;
        }
        String[] found = NONE;
        int count = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at)) {
            int end = at + 1;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end > at + 1) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, Math.max(2, 2 * count));
                }
                found[count++] = text.substring(at + 1, end);
            }
            at = end > at + 1 ? end : at + 1;
        }
        return count == found.length ? found : java.util.Arrays.copyOf(found, count);
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * The id as a number when it is written as {@code Long.toString} writes one of at most 18 digits (so two ids are
     * equal exactly when their keys are), else -1.
     */
    static long key(String id) {
        int n = id.length();
        if (n == 0 || n > 18 || n > 1 && id.charAt(0) == '0') {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
