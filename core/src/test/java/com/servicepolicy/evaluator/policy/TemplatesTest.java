package com.servicepolicy.evaluator.policy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTest {
    private static final Map<String, String> VALUES = Map.of("followUp.window", "72h", "atRiskFraction", "0.75",
            "braces", "{followUp.window}");

    @Test
    void fillsSettingsAsWrittenOrInTheFormatAsked() {
        assertThat(Templates.fill("within {followUp.window} ({followUp.window:duration}), from {atRiskFraction:percent}",
                VALUES::get)).isEqualTo("within 72h (3d), from 75 %");
    }

    @Test
    void leavesWhatNothingAnswersAndNamesIt() {
        assertThat(Templates.fill("{nope} and {followUp.window}", VALUES::get)).isEqualTo("{nope} and 72h");
        assertThat(Templates.unresolved("{nope} and {followUp.window} and {also.not:percent}", VALUES::get))
                .containsExactly("{nope}", "{also.not:percent}");
    }

    @Test
    void substitutesOnceSoThatAValueWithBracesStaysAsItIs() {
        assertThat(Templates.fill("{braces}", VALUES::get)).isEqualTo("{followUp.window}");
    }

    @Test
    void aValueThatIsNotANumberIsShownAsWritten() {
        assertThat(Templates.fill("{followUp.window:percent}", VALUES::get)).isEqualTo("72h");
    }
}
