package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.policy.Interaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A group's facts are made by the session's feed on the rule thread that then fires them (so that they are
 * used on the core that made them); the caller only waits. An empty feed opens no session; a feed that fails
 * fails the caller with its own exception.
 */
public class SessionFeedTest { // public: the rule below reads FIRED_ON
    /** The thread the rule below last fired on (the DRL writes it). */
    public static final AtomicReference<Thread> FIRED_ON = new AtomicReference<>();

    private static final String RULE = """
            package policies.feed;
            import com.servicepolicy.evaluator.policy.Interaction;
            rule "Note the thread"
            when
                Interaction()
            then
                com.servicepolicy.evaluator.engine.SessionFeedTest.FIRED_ON.set(Thread.currentThread());
            end
            """;

    private static SessionRunner runner(RuleSet rules) {
        return new SessionRunner(rules, new EvaluationLimits(100, 50, 10_000, Duration.ofSeconds(10)),
                new RuleThreads(1), Long.MAX_VALUE);
    }

    private static ViolationCollector collector(RuleSet rules) {
        return new ViolationCollector(rules.rulesByName(), rules.settings(), false);
    }

    private static Interaction interaction() {
        return new Interaction("i1", "c1", "e1", 0L, Channel.EMAIL, Priority.HIGH, Category.OTHER, null, false,
                null, Status.OPEN);
    }

    @Test
    void theFactsAreMadeOnTheThreadTheirSessionFiresOn(@TempDir Path dir) throws Exception {
        RuleSet rules = RuleSetLoader.load(LoopingRules.writeTo(dir, RULE));
        AtomicReference<Thread> fedOn = new AtomicReference<>();
        FIRED_ON.set(null);

        int firings = runner(rules).run(() -> {
            fedOn.set(Thread.currentThread());
            return new SessionRunner.Feed(List.of(interaction()), 1);
        }, collector(rules));

        assertThat(firings).isEqualTo(1);
        assertThat(fedOn.get()).isNotNull().isSameAs(FIRED_ON.get()).isNotSameAs(Thread.currentThread());
    }

    @Test
    void anEmptyFeedFiresNothingAndAGroupWithNoFactsOpensNoSession(@TempDir Path dir) throws Exception {
        RuleSet rules = RuleSetLoader.load(LoopingRules.writeTo(dir, RULE));
        FIRED_ON.set(null);

        assertThat(runner(rules).run(() -> new SessionRunner.Feed(List.of(), 0), collector(rules))).isZero();
        assertThat(FIRED_ON.get()).isNull();

        // every event after asOf: the group derives no fact, so it is not counted as a session
        EvaluationResult result = new Evaluator(rules).evaluate(
                new Events().opened("2h", Priority.HIGH).list(), List.of(), Events.at("1h"));
        assertThat(result.stats().afterAsOf()).isEqualTo(1);
        assertThat(result.stats().sessions()).isZero();
        assertThat(FIRED_ON.get()).isNull();
    }

    @Test
    void aFeedThatFailsFailsTheCallerWithItsOwnException(@TempDir Path dir) throws Exception {
        RuleSet rules = RuleSetLoader.load(LoopingRules.writeTo(dir, RULE));

        assertThatThrownBy(() -> runner(rules).run(() -> {
            throw new IllegalArgumentException("bad fact");
        }, collector(rules))).isInstanceOf(IllegalArgumentException.class).hasMessage("bad fact");
    }
}
