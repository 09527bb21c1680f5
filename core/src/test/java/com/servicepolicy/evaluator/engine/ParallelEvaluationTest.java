package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.generate.GeneratedLog;
import com.servicepolicy.evaluator.generate.GeneratorOptions;
import com.servicepolicy.evaluator.generate.LogGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions on several threads must give exactly what one thread gives, and fail the same way. */
class ParallelEvaluationTest {
    private static final EvaluationLimits SMALL_GROUPS = new EvaluationLimits(50, 50, 10_000, Duration.ofSeconds(10));

    private static RuleSet rules;
    private static GeneratedLog log;
    private static Instant asOf;

    @BeforeAll
    static void setUp() throws Exception {
        rules = RuleSetLoader.load(Path.of("rules"));
        log = new LogGenerator(new GeneratorOptions(1_500, 1L)).generate(); // a seed whose log shows FAIR-003
        asOf = Instant.ofEpochMilli(log.events().stream().mapToLong(Event::getAt).max().orElseThrow());
    }

    @Test
    void threadsDoNotChangeViolationsStatisticsOrExplanations() {
        EvaluationResult single = new Evaluator(rules, SMALL_GROUPS).evaluate(log.events(), log.customers(), asOf, true);
        EvaluationResult parallel = new Evaluator(rules, SMALL_GROUPS.withThreads(3))
                .evaluate(log.events(), log.customers(), asOf, true);

        assertThat(single.violations()).hasSizeGreaterThan(100);
        assertThat(single.violations()).extracting(v -> v.code()).contains("FAIR-003");
        assertThat(parallel.violations()).isEqualTo(single.violations());
        assertThat(parallel.stats().sessions()).isEqualTo(single.stats().sessions()).isGreaterThan(20);
        assertThat(parallel.stats()).usingRecursiveComparison().ignoringFields("millis").isEqualTo(single.stats());
        assertThat(parallel.clocks()).map(Object::toString).isEqualTo(single.clocks().stream().map(Object::toString).toList());
        assertThat(parallel.explained()).extracting(e -> e.violation())
                .isEqualTo(single.explained().stream().map(e -> e.violation()).toList());
    }

    @Test
    void aRuleLoopOnAWorkerThreadReachesTheCaller(@TempDir Path dir) throws Exception {
        RuleSet looping = RuleSetLoader.load(LoopingRules.writeTo(dir));
        Events events = new Events();
        for (int i = 0; i < 20; i++) {
            events.customer("C" + i).interaction("I" + i).opened(i + "m", Priority.HIGH);
        }
        Evaluator evaluator = new Evaluator(looping, new EvaluationLimits(1, 50, 1_000, Duration.ofSeconds(30), 2));
        assertThatThrownBy(() -> evaluator.evaluate(events.list(), List.of(), Events.at("1h")))
                .isInstanceOfSatisfying(RuleLoopException.class,
                        e -> assertThat(e.ruleName()).isEqualTo(LoopingRules.RULE));
    }
}
