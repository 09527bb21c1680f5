package com.servicepolicy.evaluator.importers.twitter;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order threads are built in: tweets by time, then by line. Sorting a million tweets with a comparator of their
 * instants was a seventh of the reading thread's work; whole seconds within 68 years of each other, as twcs has, are
 * sorted as one primitive key each — seconds since the first, then the tweet's place in the file, which is its line
 * order when the lines never go back. Anything else is sorted by the comparator.
 */
final class TimeOrder {
    private static final Comparator<Tweet> BY_TIME_THEN_LINE = Comparator.comparing(Tweet::at).thenComparingLong(Tweet::line);

    private TimeOrder() {
    }

    /** The indexes of {@code tweets} in time order, ties in line order, then in list order. */
    static int[] of(List<Tweet> tweets) {
        int n = tweets.size();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        boolean packable = true;
        for (int i = 0; i < n && packable; i++) {
            Tweet t = tweets.get(i);
            first = Math.min(first, t.at().getEpochSecond());
            last = Math.max(last, t.at().getEpochSecond());
            packable = t.at().getNano() == 0 && (i == 0 || tweets.get(i - 1).line() <= t.line());
        }
        if (!packable || n > 0 && last - first >= Integer.MAX_VALUE) {
            return byComparator(tweets);
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (tweets.get(i).at().getEpochSecond() - first) << Integer.SIZE | i;
        }
        Arrays.parallelSort(keys); // the same order as sort (primitive keys), on an idle core too
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    static int[] byComparator(List<Tweet> tweets) {
        Integer[] order = new Integer[tweets.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(tweets::get, BY_TIME_THEN_LINE)); // stable
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
