package com.servicepolicy.evaluator.policy;

import org.junit.jupiter.api.Test;

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
    void isSymmetric() {
        assertThat(Statistics.twoProportionPValue(5, 50, 15, 50))
                .isEqualTo(Statistics.twoProportionPValue(15, 50, 5, 50));
    }

    @Test
    void groupsThatCannotDifferHavePValueOne() {
        assertThat(Statistics.twoProportionPValue(0, 40, 0, 60)).isEqualTo(1.0);
        assertThat(Statistics.twoProportionPValue(40, 40, 60, 60)).isEqualTo(1.0);
        assertThat(Statistics.twoProportionPValue(0, 0, 3, 60)).isEqualTo(1.0);
    }
}
