package com.servicepolicy.evaluator.importers.twitter;

import java.util.List;

/**
 * Each tweet id's place in the file's list of tweets — the last tweet of an id, as {@code HashMap.put} in file order
 * keeps it — in one open-addressing table sized once for every tweet: no node per tweet, as a {@code HashMap} made a
 * million of on the reading thread. When every id is a plain number ({@link Tweet#key}), as twcs's are, the table
 * holds the numbers themselves: a look-up then compares in the table instead of following each slot to its string
 * (most of the reading thread's look-up time was those cache misses). What it answers is what that map answers
 * (TweetPlacesTest).
 */
final class TweetPlaces {
    private final boolean numeric;
    private final String[] ids;
    private final long[] keys; // key + 1 per slot, 0: free
    private final int[] places;
    private final int mask;
    private final int tweets;
    private int distinct;

    TweetPlaces(List<Tweet> tweets) {
        int capacity = Integer.highestOneBit(Math.max(2, tweets.size()) * 2 - 1) << 1; // at most half full
        numeric = tweets.stream().allMatch(t -> t.idKey() >= 0);
        ids = numeric ? null : new String[capacity];
        keys = numeric ? new long[capacity] : null;
        places = new int[capacity];
        mask = capacity - 1;
        this.tweets = tweets.size();
        for (int i = 0; i < tweets.size(); i++) {
            Tweet t = tweets.get(i);
            int slot = numeric ? slot(t.idKey()) : slot(t.id());
            if (numeric ? keys[slot] == 0 : ids[slot] == null) {
                if (numeric) {
                    keys[slot] = t.idKey() + 1;
                } else {
                    ids[slot] = t.id();
                }
                distinct++;
            }
            places[slot] = i;
        }
    }

    /** The place of the last tweet of {@code id}, or -1. */
    int of(String id) {
        if (numeric) {
            long key = Tweet.key(id);
            return key < 0 ? -1 : of(key); // an id that is not a plain number is no tweet's here
        }
        int slot = slot(id);
        return ids[slot] == null ? -1 : places[slot];
    }

    /** The place of the last tweet with {@code t}'s id. */
    int ofId(Tweet t) {
        return numeric ? of(t.idKey()) : of(t.id());
    }

    /** The place of the last tweet with the id {@code t} answers, or -1 (also when it answers none). */
    int ofReply(Tweet t) {
        if (t.inReplyTo() == null) {
            return -1;
        }
        if (numeric) {
            return t.replyKey() < 0 ? -1 : of(t.replyKey());
        }
        return of(t.inReplyTo());
    }


    /**
     * Starts looking up, for each tweet {@code i}, {@code answered[i] = ofReply(tweet)} and, unless {@code own} is null,
     * {@code own[i] = ofId(tweet)}: on worker threads, the table no longer changing, while the caller does other work
     * (the look-ups were a fifth of the reading thread's work, waiting on cache misses).
     */
    InParts lookUp(List<Tweet> tweets, int[] answered, int[] own, int onWorkersFrom) {
        return InParts.start(tweets.size(), onWorkersFrom, (from, to) -> {
            for (int i = from; i < to; i++) {
                Tweet t = tweets.get(i);
                answered[i] = ofReply(t);
                if (own != null) {
                    own[i] = ofId(t);
                }
            }
        });
    }

    /** Whether every tweet has an id of its own (then each tweet's place is its id's). */
    boolean idsAreUnique() {
        return distinct == tweets;
    }

    private int of(long key) {
        int slot = slot(key);
        return keys[slot] == 0 ? -1 : places[slot];
    }

    /** The slot holding {@code id}, or the free slot where it would go (linear probing). */
    private int slot(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        int slot = (h ^ (h >>> 16)) & mask;
        String taken;
        while ((taken = ids[slot]) != null && !taken.equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        long taken;
        while ((taken = keys[slot]) != 0 && taken != key + 1) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
