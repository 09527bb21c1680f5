package com.servicepolicy.evaluator.importers.twitter;

import java.time.Instant;

/**
 * One row of the twcs export, as far as threads need it; {@code inReplyTo} is null for a tweet that starts a chain.
 * {@code idKey} and {@code replyKey} are the ids as numbers ({@link #key}), for {@link TweetPlaces}.
 */
record Tweet(long line, String id, String author, boolean inbound, Instant at, String inReplyTo, String text,
             long idKey, long replyKey) {
    /** Made on the worker that reads the row: the keys and the author's hash are computed there, not on the reading thread. */
    Tweet(long line, String id, String author, boolean inbound, Instant at, String inReplyTo, String text) {
        this(line, id, author, inbound, at, inReplyTo, text, key(id), inReplyTo == null ? -1 : key(inReplyTo));
        author.hashCode(); // kept by the string: the reading thread looks authors up in sets and maps
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
