package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleSource;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every scenario file beside the shipped rules passes, and together they make every rule fire: CI fails when a rule breaks. */
class DefaultCatalogScenariosTest {

    @Test
    void everyScenarioOfTheDefaultCatalogPassesWithFullRuleCoverage() throws Exception {
        RuleSet rules = RuleSetLoader.load(RulesDirs.DEFAULT);
        ScenarioSuite.Report report = ScenarioSuite.run(rules, RuleSource.directory(RulesDirs.DEFAULT).read(), s -> true);
        String text = ScenarioReportText.format(report, "rules/", false, true);

        assertThat(report.passed()).as(text).isTrue();
        assertThat(report.results()).hasSizeGreaterThanOrEqualTo(3 * rules.rules().size());
        assertThat(report.coverage().uncovered()).as(text).isEmpty();
        assertThat(report.results()).extracting(r -> r.scenario().file())
                .contains("responsiveness.test.yaml", "non-discrimination.test.yaml", "follow-up.test.yaml");
    }

    @Test
    void theDefaultCatalogChecksWithoutErrorsOrWarnings() {
        RuleSetChecker.Report report = RuleSetChecker.check(RuleSource.directory(RulesDirs.DEFAULT));
        assertThat(report.findings()).isEmpty();
        assertThat(report.ruleSet()).isNotNull();
    }
}
