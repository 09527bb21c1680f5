package com.servicepolicy.evaluator.policy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatisticsTest {

    @Test
    void twoProportionPValueMatchesTheTextbookTest() {
        // reference values from the pooled z statistic and erfc (Python's math.erfc)
        assertThat(Statistics.twoProportionPValue(30, 100, 20, 100)).isCloseTo(0.1024704, within(1e-6));
        assertThat(Statistics.twoProportionPValue(15, 50, 5, 50)).isCloseTo(0.0124193, within(1e-6));
        assertThat(Statistics.twoProportionPValue(40, 50, 5, 50)).isCloseTo(1.9888e-12, within(1e-13));
    }

    @Test
    void zTestIsSymmetricAndGroupsThatCannotDifferHavePValueOne() {
        assertThat(Statistics.twoProportionPValue(5, 50, 15, 50)).isEqualTo(Statistics.twoProportionPValue(15, 50, 5, 50));
        assertThat(Statistics.twoProportionPValue(0, 40, 0, 60)).isEqualTo(1.0);
        assertThat(Statistics.twoProportionPValue(40, 40, 60, 60)).isEqualTo(1.0);
        assertThat(Statistics.twoProportionPValue(0, 0, 3, 60)).isEqualTo(1.0);
    }

    @Test
    void fisherExactPValueIsTheSumOfTablesNoMoreProbableThanTheObservedOne() {
        // exact sums of hypergeometric probabilities (Python's math.comb): 0.0523148, and 0.0510807 (the table
        // with no refusal in the group is rarer than the observed one, so it counts)
        assertThat(Statistics.fisherExactPValue(7, 30, 1, 30)).isCloseTo(0.0523148, within(1e-6));
        assertThat(Statistics.fisherExactPValue(3, 60, 0, 100)).isCloseTo(0.0510807, within(1e-6));
        assertThat(Statistics.fisherExactPValue(0, 40, 0, 60)).isEqualTo(1.0);
    }

    @Test
    void fisherCountsTablesAsProbableAsTheObservedOneDespiteRoundingOff() {
        // a symmetric table: both tails are exactly as probable as the observed one, so p is the whole distribution
        assertThat(Statistics.fisherExactPValue(1, 2, 1, 2)).isCloseTo(1.0, within(1e-12));
        assertThat(Statistics.fisherExactPValue(3, 10, 7, 10)).isEqualTo(Statistics.fisherExactPValue(7, 10, 3, 10));
    }

    @Test
    void theZTestAppliesFromAnExpectedCountOfExactlyFive() {
        assertThat(Statistics.zTestApplies(8, 30, 2, 30)).as("smallest expected count 30 * 10 / 60 = 5").isTrue();
        assertThat(Statistics.zTestApplies(7, 30, 2, 30)).as("30 * 9 / 60 = 4.5").isFalse();
        assertThat(Statistics.zTestApplies(55, 60, 55, 60)).as("few kept: 60 * 10 / 120 = 5").isTrue();
    }

    @Test
    void holmAdjustsInTheOrderGiven() {
        double[] adjusted = Statistics.holm(List.of(0.04, 0.01, 0.03, 0.5));
        // sorted 0.01 (x4 = 0.04), 0.03 (x3 = 0.09), 0.04 (x2 = 0.08 -> max 0.09), 0.5 (x1 = 0.5)
        assertThat(adjusted).containsExactly(0.09, 0.04, 0.09, 0.5);
        assertThat(Statistics.holm(List.of(0.6, 0.7))).containsExactly(1.0, 1.0);
    }

    @Test
    void rateRatioIntervalContainsTheRatioAndWidensWithZeros() {
        double[] ci = Statistics.rateRatioInterval(16, 43, 3, 40);
        assertThat(ci[0]).isLessThan((16.0 / 43) / (3.0 / 40)).isGreaterThan(1);
        assertThat(ci[1]).isGreaterThan((16.0 / 43) / (3.0 / 40));
        double[] zero = Statistics.rateRatioInterval(5, 30, 0, 30);
        assertThat(zero[1]).isGreaterThan(zero[0] * 50);
    }
}
