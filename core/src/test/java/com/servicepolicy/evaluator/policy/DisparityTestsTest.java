package com.servicepolicy.evaluator.policy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DisparityTestsTest {
    private static DisparityTests.Counts c(String attribute, String group, long n, long x) {
        return new DisparityTests.Counts(attribute, group, n, x);
    }

    private static GroupRefusalRate of(List<GroupRefusalRate> rates, String subject) {
        return rates.stream().filter(r -> r.getSubject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void referenceIsTheLeastRefusedLargeGroupTiesToTheSmallestLabel() {
        List<GroupRefusalRate> rates = DisparityTests.judge(List.of(c("d", "b", 40, 0), c("d", "a", 200, 0),
                c("d", "c", 60, 5), c("d", "z", 29, 0)), 30, DisparityTests.HOLM);

        assertThat(of(rates, "d=c").getReferenceGroup()).isEqualTo("a");
        assertThat(of(rates, "d=a").isReference()).isTrue();
        assertThat(of(rates, "d=a").isTested()).isFalse();
        assertThat(of(rates, "d=z").isTested()).as("under the minimum group size").isFalse();
        assertThat(of(rates, "d=c").getTests()).isEqualTo(2);
    }

    @Test
    void picksFisherUnderAnExpectedCountOfFiveAndTheZTestFromIt() {
        List<GroupRefusalRate> z = DisparityTests.judge(List.of(c("d", "y", 30, 8), c("d", "n", 30, 2)), 30, "none");
        List<GroupRefusalRate> fisher = DisparityTests.judge(List.of(c("d", "y", 30, 7), c("d", "n", 30, 1)), 30, "none");

        assertThat(of(z, "d=y").getTestName()).isEqualTo(DisparityTests.Z_TEST);
        assertThat(of(z, "d=y").getPValue()).isCloseTo(0.0377, within(1e-4));
        assertThat(of(fisher, "d=y").getTestName()).isEqualTo(DisparityTests.FISHER);
        assertThat(of(fisher, "d=y").getPValue()).isCloseTo(0.0523, within(1e-4));
    }

    @Test
    void holmsFamilyIsEveryTestOfEveryAttribute() {
        List<DisparityTests.Counts> counts = List.of(c("d", "y", 30, 8), c("d", "n", 30, 2), c("r", "a", 30, 8),
                c("r", "b", 30, 2), c("r", "c", 30, 2));
        List<GroupRefusalRate> holm = DisparityTests.judge(counts, 30, DisparityTests.HOLM);
        List<GroupRefusalRate> none = DisparityTests.judge(counts, 30, "none");

        assertThat(of(holm, "d=y").getTests()).as("d=y, r=a and the reference-level r=c").isEqualTo(3);
        assertThat(of(none, "d=y").getAdjustedPValue()).isEqualTo(of(none, "d=y").getPValue()).isLessThan(0.05);
        assertThat(of(holm, "d=y").getAdjustedPValue()).isGreaterThan(0.05);
        assertThat(of(holm, "r=c").getAdjustedPValue()).isEqualTo(1.0);
    }
}
