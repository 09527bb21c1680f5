package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleSource;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What an author sees when a rule breaks: the scenario run fails with a readable diff. */
class BrokenRuleTest {

    @Test
    void aRuleThatFiresAtTheBoundaryFailsItsScenarioWithADiff(@TempDir Path dir) throws Exception {
        RulesDirs.copyOfDefault(dir);
        // the classic off-by-one: "later than T1" written as "at T1 or later"
        RulesDirs.replace(dir.resolve("responsiveness.drl"),
                "kind == ClockKind.FIRST_RESPONSE, elapsed > target", "kind == ClockKind.FIRST_RESPONSE, elapsed >= target");

        ScenarioSuite.Report report = ScenarioSuite.run(RuleSetLoader.load(dir), RuleSource.directory(dir).read(), s -> true);
        String text = ScenarioReportText.format(report, "rules/", false, false);

        assertThat(report.passed()).isFalse();
        assertThat(report.results()).filteredOn(r -> !r.passed()).extracting(r -> r.scenario().name())
                .containsExactlyInAnyOrder("RESP-001 does not fire when the first reply comes exactly at T1",
                        "RESP-001 does not fire when unanswered exactly at T1 (only the RESP-004 warning)");
        assertThat(text)
                .contains("FAIL rules/responsiveness.test.yaml:")
                .contains(": RESP-001 does not fire when the first reply comes exactly at T1\n    expected exactly: no violations")
                .contains("  + unexpected  RESP-001 I1 MAJOR [REVIEW_STAFFING] 4 h of 4,")
                .containsPattern("FAIL: \\d+ passed, 2 failed");
    }

    @Test
    void aMissingViolationAndAWrongSeverityAreShownSeparately(@TempDir Path dir) throws Exception {
        RulesDirs.copyOfDefault(dir);
        RulesDirs.replace(dir.resolve("non-discrimination.drl"), "@severity(\"CRITICAL\")", "@severity(\"MAJOR\")");
        RulesDirs.replace(dir.resolve("follow-up.drl"), "$others >= settings.repeatContactMinOthers", "$others > settings.repeatContactMinOthers");

        ScenarioSuite.Report report = ScenarioSuite.run(RuleSetLoader.load(dir), RuleSource.directory(dir).read(), s -> s.name().startsWith("FAIR-002 fires on a protected ground")
                || s.name().startsWith("FUP-003 fires"));
        String text = ScenarioReportText.format(report, "", false, true);

        assertThat(text).contains("  ~ differs     FAIR-002 X1: severity MAJOR, expected CRITICAL")
                .contains("  - missing     FUP-003 I3 MINOR [ESCALATE_TO_SUPERVISOR]")
                .contains("    actual (0): none")
                .contains("FUP-003   REPEAT_CONTACT                       fired in  0");
        assertThat(report.coverage().uncovered()).extracting(r -> r.code()).contains("FUP-003", "RESP-001");
    }
}
