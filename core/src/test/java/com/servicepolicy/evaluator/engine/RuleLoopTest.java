package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleLoopTest {

    @Test
    void aRuleThatReactivatesItselfIsStoppedByTheFiringBound(@TempDir Path dir) throws Exception {
        RuleSet rules = RuleSetLoader.load(LoopingRules.writeTo(dir));
        Events log = new Events().opened("0s", Priority.HIGH);
        Evaluator evaluator = new Evaluator(rules, new EvaluationLimits(100, 50, 1_000, Duration.ofSeconds(30)));
        assertThatThrownBy(() -> evaluator.evaluate(log.list(), List.of(), Events.at("1h")))
                .isInstanceOfSatisfying(RuleLoopException.class,
                        e -> assertThat(e.ruleName()).isEqualTo(LoopingRules.RULE))
                .hasMessageContaining("1000 firings");
    }

    @Test
    void aRuleThatFiresTooLongIsStoppedByTheTimeBound(@TempDir Path dir) throws Exception {
        RuleSet rules = RuleSetLoader.load(LoopingRules.writeTo(dir, """
                package policies.slow;
                import com.servicepolicy.evaluator.policy.Interaction;
                rule "Slowly touch the interaction forever"
                when
                    $i : Interaction()
                then
                    Thread.sleep(5);
                    update($i);
                end
                """));
        Events log = new Events().opened("0s", Priority.HIGH);
        Evaluator evaluator = new Evaluator(rules,
                new EvaluationLimits(100, 1_000_000, 1_000_000, Duration.ofMillis(300)));
        long started = System.nanoTime();
        assertThatThrownBy(() -> evaluator.evaluate(log.list(), List.of(), Events.at("1h")))
                .isInstanceOfSatisfying(RuleLoopException.class,
                        e -> assertThat(e.ruleName()).isEqualTo("Slowly touch the interaction forever"))
                .hasMessageContaining("300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        // the evaluator is still usable afterwards
        assertThat(new Evaluator(RuleSetLoader.load(Path.of("rules"))).evaluate(log.list(), List.of(), Events.at("5h"))
                .violations()).isNotEmpty();
    }

    /** qa15: a rule that throws surfaced as Drools' own exception, which every door took for a defect of its own. */
    @Test
    void aRuleThatThrowsIsReportedAsThatRulesFailure(@TempDir Path dir) throws Exception {
        RuleSet rules = RuleSetLoader.load(LoopingRules.throwingRule(dir));
        Events log = new Events().opened("0s", Priority.HIGH);
        Evaluator evaluator = new Evaluator(rules);
        assertThatThrownBy(() -> evaluator.evaluate(log.list(), List.of(), Events.at("1h")))
                .isInstanceOfSatisfying(RuleFailedException.class,
                        e -> assertThat(e.ruleName()).isEqualTo(LoopingRules.THROWER))
                .hasMessage("rule '" + LoopingRules.THROWER + "' failed: java.lang.IllegalStateException: a bug in the rule");
    }

    @Test
    void aRuleThatRecursesWithoutEndIsReportedAsThatRulesFailure(@TempDir Path dir) throws Exception {
        RuleSet rules = RuleSetLoader.load(LoopingRules.writeTo(dir, """
                package policies.deep;
                import com.servicepolicy.evaluator.policy.Interaction;
                function int down(int n) { return down(n + 1) + 1; }
                rule "Recurse for ever"
                when
                    $i : Interaction()
                then
                    down(0);
                end
                """));
        Events log = new Events().opened("0s", Priority.HIGH);
        assertThatThrownBy(() -> new Evaluator(rules).evaluate(log.list(), List.of(), Events.at("1h")))
                .isInstanceOfSatisfying(RuleFailedException.class,
                        e -> assertThat(e.ruleName()).isEqualTo("Recurse for ever"))
                .hasMessageContaining("StackOverflowError");
    }
}
