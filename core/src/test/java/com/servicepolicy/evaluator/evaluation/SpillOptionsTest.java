package com.servicepolicy.evaluator.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The default hold limit: a log that fits the heap is held, a 1 GB heap keeps its head room. */
class SpillOptionsTest {
    private static final long MB = 1L << 20;

    @Test
    void holdsAMillionInteractionLogInTheDefaultHeapOfA24GbMachine() {
        long recordsOfAMillionInteractions = 5_775_310 + 468_292; // events and customers of the generated 1M log
        assertThat(SpillOptions.holdRecordsFor(6024 * MB)).isGreaterThan(recordsOfAMillionInteractions);
    }

    @Test
    void keepsTheHeldLogWithinTwoThirdsOfASmallHeap() {
        long held = SpillOptions.holdRecordsFor(1024 * MB);
        assertThat(held * 370).as("live bytes at 0.37 KB a record").isLessThan(1024 * MB * 2 / 3);
        assertThat(held).isGreaterThan(1_000_000);
    }

    @Test
    void holdsSomethingInAnyHeap() {
        assertThat(SpillOptions.holdRecordsFor(64 * MB)).isEqualTo(10_000);
    }

    @Test
    void keepsAnEighthAsManyDataQualityTracksAsHeldRecordsAndAtLeastOne() {
        assertThat(new SpillOptions(null, 1_200_000, 0).qualityTracks()).isEqualTo(150_000);
        assertThat(new SpillOptions(null, 0, 0).qualityTracks()).isEqualTo(1);
        assertThat(SpillOptions.never().qualityTracks()).isEqualTo(Integer.MAX_VALUE);
    }
}
