package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSetCheckerTest {

    @Test
    void reportsACompileErrorWithFileAndLine(@TempDir Path dir) throws Exception {
        RulesDirs.copyOfDefault(dir);
        RulesDirs.replace(dir.resolve("follow-up.drl"), "$c : Clock( kind == ClockKind.CALLBACK, elapsed > target )",
                "$c : Clock( kind == ClockKind.CALLBACK, elapsed > )");
        int line = Files.readAllLines(dir.resolve("follow-up.drl")).indexOf("    $c : Clock( kind == ClockKind.CALLBACK, elapsed > )") + 1;

        RuleSetChecker.Report report = RuleSetChecker.check(RuleSource.directory(dir));

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.ruleSet()).isNull();
        assertThat(report.findings()).filteredOn(Finding::isError).first().satisfies(f -> {
            assertThat(f.file()).isEqualTo("follow-up.drl");
            assertThat(f.line()).isEqualTo(line);
            assertThat(f.format("rules/")).startsWith("rules/follow-up.drl:" + line + ":");
        });
    }

    @Test
    void lintsMetadataCodesAndActionsWithTheirLines(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("rules/settings.yaml"), dir.resolve("settings.yaml"));
        Files.writeString(dir.resolve("mine.drl"), """
                package policies.mine;

                global com.servicepolicy.evaluator.engine.ViolationCollector violations;

                rule "Helper that reports"
                when
                    String()
                then
                    violations.report(kcontext, "x");
                end

                rule "First"
                    @code("MINE-001") @name("FIRST") @severity("MAJOR") @actions("REPLY_NOW")
                    @policy("mine") @description("d") @docs("docs/policies/MINE-001.md")
                when
                    Integer()
                then
                    violations.report(kcontext, "y").action("CALL_BACK_NOW");
                end

                rule "Second"
                    @code("MINE-001")
                    @severity("SEVERE")
                    @actions("REPLY_NOW, FLY_TO_THE_MOON")
                when
                    Long()
                then
                end
                """);

        RuleSetChecker.Report report = RuleSetChecker.check(RuleSource.directory(dir));

        assertThat(report.findings()).filteredOn(Finding::isError).extracting(Finding::toString).containsExactlyInAnyOrder(
                "mine.drl:5:1: error: rule 'Helper that reports' calls violations.report but has no @code; give it @code, @name, @severity and @actions",
                "mine.drl:18:38: error: action 'CALL_BACK_NOW' is not declared in @actions of rule 'First' [REPLY_NOW]",
                "mine.drl:22:5: error: duplicate code MINE-001: rule 'First' (mine.drl:13) has it too",
                "mine.drl:21:1: error: rule 'Second' (MINE-001) has no @name",
                "mine.drl:23:5: error: unknown severity 'SEVERE' (INFO, MINOR, MAJOR, CRITICAL)",
                "mine.drl:24:5: error: unknown action code 'FLY_TO_THE_MOON': define it under 'actions:' in settings.yaml");
        assertThat(report.findings()).filteredOn(f -> !f.isError()).extracting(Finding::message)
                .contains("MINE-001 has no test scenario that expects it to fire; add one to a .test.yaml file",
                        "rule 'Second' (MINE-001) has no @docs");
    }

    @Test
    void reportsASettingOutOfRangeAtItsLine(@TempDir Path dir) throws Exception {
        RulesDirs.copyOfDefault(dir);
        RulesDirs.replace(dir.resolve("settings.yaml"), "maxRating: 2", "maxRating: 9");
        RulesDirs.replace(dir.resolve("settings.yaml"), "severityOverrides: {}", "severityOverrides: { RESP-009: MINOR }");

        RuleSetChecker.Report report = RuleSetChecker.check(RuleSource.directory(dir));

        int line = Files.readAllLines(dir.resolve("settings.yaml")).indexOf("  maxRating: 9") + 1;
        assertThat(report.findings()).extracting(Finding::toString).contains(
                "settings.yaml:" + line + ":3: error: retaliation.maxRating: '9' must be a whole number from 1 to 5");
        assertThat(report.findings()).extracting(Finding::message).contains("severityOverrides.RESP-009: no rule has code RESP-009");
    }

    @Test
    void reportsAScenarioFileProblemAndAnUnknownCode(@TempDir Path dir) throws Exception {
        RulesDirs.copyOfDefault(dir);
        Files.writeString(dir.resolve("extra.test.yaml"), """
                start: 2026-03-02T09:00:00Z
                scenarios:
                  - name: typo
                    events:
                      - { at: +1h, type: OPENED, priorty: HIGH }
                    expect:
                      exact: [RESP-999]
                """);

        RuleSetChecker.Report report = RuleSetChecker.check(RuleSource.directory(dir));

        assertThat(report.findings()).extracting(Finding::toString).contains(
                "extra.test.yaml:5:34: error: unknown key 'priorty' (expected one of [agentId, at, category, channel, "
                        + "customerId, dueAt, eventId, id, interactionId, internal, priority, queue, rating, reasonCode, reasonText,"
                        + " repeat, status, topic, type])");
    }
}
