package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.RuleSource;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.EvaluationLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.util.FileSystemUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One rule set per run of the job, whatever happens to the rules directory while the run goes on. */
class NightlyRulesTest {
    @TempDir
    Path rules;

    @Test
    void stepsOfOneRunShareTheRulesCompiledAtItsFirstStepAndTheNextRunTakesTheEditedRules() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("rules"), rules);
        NightlyRules nightly = new NightlyRules(RuleSource.directory(rules), EvaluationLimits.DEFAULTS);

        RuleSet evaluate = nightly.ruleSet(step(1, "evaluate"));
        Path settings = rules.resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings).replace("minGroupSize: 30", "minGroupSize: 31"));
        RuleSet fairness = nightly.ruleSet(step(1, "fairness"));
        RuleSet nextRun = nightly.ruleSet(step(2, "evaluate"));

        assertThat(fairness).isSameAs(evaluate);
        assertThat(fairness.settings().getDisparityMinGroupSize()).isEqualTo(30);
        assertThat(nextRun.version()).isNotEqualTo(evaluate.version());
        assertThat(nextRun.settings().getDisparityMinGroupSize()).isEqualTo(31);
    }

    @Test
    void aRuleSetTheProcessCompiledAlreadyIsNotCompiledAgain() throws Exception {
        RuleSet serving = RuleSetLoader.load(RuleSource.directory(Path.of("rules")));
        NightlyRules nightly = new NightlyRules(RuleSource.directory(Path.of("rules")), EvaluationLimits.DEFAULTS);

        assertThat(nightly.ruleSet(step(3, "evaluate"))).isSameAs(serving);
    }

    @Test
    void threadsDefaultToOnePerProcessorAtMostFourAndMustNotBeNegative() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(properties(0).evaluationThreads()).isEqualTo(Math.max(1, Math.min(4, processors)));
        assertThat(properties(3).evaluationThreads()).isEqualTo(3);
        assertThatThrownBy(() -> properties(-1)).hasMessageContaining("evaluator.batch.threads");
    }

    private static ChunkContext step(long jobExecutionId, String name) {
        JobExecution job = new JobExecution(jobExecutionId, new JobInstance(1L, NightlyJobConfig.JOB),
                new JobParameters());
        return new ChunkContext(new StepContext(new StepExecution(name, job)));
    }

    private static BatchProperties properties(int threads) {
        return new BatchProperties(Path.of("inbox"), Path.of("out"), ZoneOffset.UTC, "0 0 2 * * *", false,
                Duration.ofDays(90), Duration.ofDays(15), Duration.ofDays(90), 20_000, 1_000, false, threads,
                Duration.ofDays(120), Duration.ofDays(90));
    }
}
