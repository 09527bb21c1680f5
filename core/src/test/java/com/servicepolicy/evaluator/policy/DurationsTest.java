package com.servicepolicy.evaluator.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {

    @Test
    void parsesSingleAndCombinedUnits() {
        assertThat(Durations.parse("4h")).isEqualTo(4 * 3_600_000L);
        assertThat(Durations.parse("4h 1s")).isEqualTo(4 * 3_600_000L + 1000);
        assertThat(Durations.parse("30d")).isEqualTo(30 * 86_400_000L);
        assertThat(Durations.parse("1.5h")).isEqualTo(5_400_000L);
        assertThat(Durations.parse("250ms")).isEqualTo(250);
    }

    @Test
    void rejectsWhatIsNotADuration() {
        assertThatThrownBy(() -> Durations.parse("4 hours")).hasMessageContaining("'4 hours' is not a duration");
        assertThatThrownBy(() -> Durations.parse("h4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.parse("4h x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsForPeople() {
        assertThat(Durations.format(Durations.parse("3h 12m 5s"))).isEqualTo("3h 12m 5s");
        assertThat(Durations.format(Durations.parse("8d"))).isEqualTo("8d");
        assertThat(Durations.format(0)).isEqualTo("0ms");
        assertThat(Durations.format(-Durations.parse("2m"))).isEqualTo("-2m");
        assertThat(Durations.hours(Durations.parse("4h 1s"))).isEqualTo(4.000278);
    }
}
