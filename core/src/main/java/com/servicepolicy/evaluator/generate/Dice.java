package com.servicepolicy.evaluator.generate;

import java.util.SplittableRandom;

/**
 * The only source of randomness of the generator, so that one seed fixes every byte of the output.
 * Durations come out in whole seconds because real exports rarely carry milliseconds.
 */
final class Dice {
    static final long SECOND = 1000;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [low, high], whole seconds. */
    long between(long low, long high) {
        return seconds(low + (long) (random.nextDouble() * (high - low)));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** One of {@code items}, chosen with the given relative weights. */
    <T> T weighted(T[] items, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < items.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items[i];
            }
        }
        return items[items.length - 1];
    }

    /**
     * Log-normal around {@code median}: service times are skewed, most fast and a long tail late.
     * With sigma s the share beyond k·median is 1 − Φ(ln k / s).
     */
    long logNormal(long median, double sigma) {
        return Math.max(SECOND, seconds((long) (median * Math.exp(sigma * random.nextGaussian()))));
    }

    /** Exponential with the given mean: gaps between independent contacts. */
    long exponential(long mean) {
        return Math.max(SECOND, seconds((long) (-mean * Math.log(1 - random.nextDouble()))));
    }

    /** 1 + a geometric count: most customers get in touch once, some many times. */
    int geometric(double continueProbability, int max) {
        int n = 1;
        while (n < max && chance(continueProbability)) {
            n++;
        }
        return n;
    }

    private static long seconds(long millis) {
        return millis / SECOND * SECOND;
    }
}
