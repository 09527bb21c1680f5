package com.servicepolicy.evaluator.importers.twitter;

import java.time.Instant;

/**
 * One row of the twcs export, as far as threads need it: its id and the id it answers ({@link #id}, {@link #inReplyTo},
 * null for a tweet that starts a chain). {@code idKey} and {@code replyKey} are the ids as numbers ({@link #key}), for
 * {@link TweetPlaces}; an id that is one is not kept as text ({@code idText}, {@code replyText} null), but written
 * again when asked for, since {@code Long.toString} gives back exactly its text: a million tweets' two id strings were
 * a third of the live heap that every young collection copied. {@code mentions} the handles its text mentions, in order
 * ({@link #mentions}; null without a text): all that threads read of the text, which is not kept either.
 */
record Tweet(long line, String idText, String author, boolean inbound, Instant at, String replyText, String[] mentions,
             long idKey, long replyKey) {
    private static final String[] NONE = {};

    /** Made on the worker that reads the row: keys, mentions and the author's hash are computed there. */
    Tweet(long line, String id, String author, boolean inbound, Instant at, String inReplyTo, String text) {
        this(key(id), inReplyTo == null ? -1 : key(inReplyTo), line, id, author, inbound, at, inReplyTo, mentions(text));
        author.hashCode(); // kept by the string: the reading thread looks authors up in sets and maps
    }

    /** With each id's key computed once: an id that has one is kept as its key alone. */
    private Tweet(long idKey, long replyKey, long line, String id, String author, boolean inbound, Instant at,
                  String inReplyTo, String[] mentions) {
        this(line, idKey >= 0 ? null : id, author, inbound, at, replyKey >= 0 ? null : inReplyTo, mentions, idKey,
                replyKey);
    }

    /** The tweet's id, as written. */
    String id() {
        return idText != null ? idText : Long.toString(idKey);
    }

    /** The id of the tweet it answers, as written; null when it answers none. */
    String inReplyTo() {
        return replyText != null ? replyText : replyKey >= 0 ? Long.toString(replyKey) : null;
    }

    /** {@code "tw-" + id()}, without the id's own string. */
    String eventId() {
        return idText != null ? "tw-" + idText : "tw-" + idKey;
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
                if (count == found.length) { // one array for the usual single mention, exactly its size
                    found = count == 0 ? new String[1] : java.util.Arrays.copyOf(found, 2 * count);
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
