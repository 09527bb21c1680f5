package com.servicepolicy.evaluator.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

class RuleSetHolderTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private RuleSetHolder holder(Path dir) {
        var settings = new ServiceSettings(dir, 10, 1000, false, Duration.ofMillis(100), EvaluationLimits.DEFAULTS);
        return new RuleSetHolder(settings, new EvaluationMetrics(registry), Clock.systemUTC());
    }

    private static void copyRules(Path dir) throws Exception {
        for (String f : new String[] {"settings.yaml", "responsiveness.drl"}) {
            Files.copy(Path.of("rules", f), dir.resolve(f));
        }
    }

    @Test
    void aBrokenDirectoryStopsTheStartWithEveryProblem(@TempDir Path dir) throws Exception {
        copyRules(dir);
        Files.writeString(dir.resolve("bad.drl"), "package p;\nrule \"x\"\nwhen\n  Nothing()\nthen\nend\n");
        assertThatThrownBy(() -> holder(dir))
                .isInstanceOf(RuleSetHolder.RulesUnusableException.class)
                .hasMessageContaining("bad.drl:4:");
    }

    @Test
    void aFailedReloadKeepsTheLastGoodSetAndSaysWhy(@TempDir Path dir) throws Exception {
        copyRules(dir);
        RuleSetHolder holder = holder(dir);
        String good = holder.current().version();
        assertThat(holder.reload().kind()).isEqualTo(ReloadOutcome.Kind.UNCHANGED);

        Files.writeString(dir.resolve("bad.drl"), "package p;\nrule \"x\"\nwhen\n  Nothing()\nthen\nend\n");
        ReloadOutcome failed = holder.reload();
        assertThat(failed.kind()).isEqualTo(ReloadOutcome.Kind.FAILED);
        assertThat(failed.problems()).first().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bad.drl");
            assertThat(p.line()).isEqualTo(4);
        });
        assertThat(holder.current().version()).isEqualTo(good);
        assertThat(holder.status().degraded()).isTrue();
        assertThat(new RulesHealthIndicator(holder).health().getStatus()).isEqualTo(RulesHealthIndicator.DEGRADED);

        Files.delete(dir.resolve("bad.drl"));
        Files.copy(Path.of("rules", "follow-up.drl"), dir.resolve("follow-up.drl"));
        ReloadOutcome reloaded = holder.reload();
        assertThat(reloaded.kind()).isEqualTo(ReloadOutcome.Kind.RELOADED);
        assertThat(holder.current().version()).isEqualTo(reloaded.servingVersion()).isNotEqualTo(good);
        assertThat(holder.status().degraded()).isFalse();
        assertThat(registry.counter("evaluator.rules.reloads", "outcome", "success").count()).isEqualTo(1);
        assertThat(registry.counter("evaluator.rules.reloads", "outcome", "failure").count()).isEqualTo(1);
    }
}
