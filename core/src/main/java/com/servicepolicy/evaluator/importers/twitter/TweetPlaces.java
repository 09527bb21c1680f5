package com.servicepolicy.evaluator.importers.twitter;

import java.util.List;

/**
 * Each tweet id's place in the file's list of tweets — the last tweet of an id, as {@code HashMap.put} in file order
 * keeps it — in one open-addressing table sized once for every tweet: no node per tweet, as a {@code HashMap} made a
 * million of on the reading thread. What it answers is what that map answers (TweetPlacesTest).
 */
final class TweetPlaces {
    private final String[] ids;
    private final int[] places;
    private final int mask;
    private final int tweets;
    private int distinct;

    TweetPlaces(List<Tweet> tweets) {
        int capacity = Integer.highestOneBit(Math.max(2, tweets.size()) * 2 - 1) << 1; // at most half full
        ids = new String[capacity];
        places = new int[capacity];
        mask = capacity - 1;
        this.tweets = tweets.size();
        for (int i = 0; i < tweets.size(); i++) {
            int slot = slot(tweets.get(i).id());
            if (ids[slot] == null) {
                ids[slot] = tweets.get(i).id();
                distinct++;
            }
            places[slot] = i;
        }
    }

    /** The place of the last tweet of {@code id}, or -1. */
    int of(String id) {
        int slot = slot(id);
        return ids[slot] == null ? -1 : places[slot];
    }

    /** Whether every tweet has an id of its own (then each tweet's place is its id's). */
    boolean idsAreUnique() {
        return distinct == tweets;
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
}
