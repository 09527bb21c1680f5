package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.RuleProblem;
import com.servicepolicy.evaluator.engine.RuleThreads;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code rules} health component, telling the truth about whether evaluations can be answered:
 * <ul>
 *   <li>DOWN when the rule set serving cannot evaluate (its recent evaluations were all stopped by the limits:
 *       every request would be a 422) or every rule thread is stuck in a session that ignored being stopped
 *       (every request would be a 503; only a restart frees them);</li>
 *   <li>DEGRADED when the newest files did not load, while the last good rule set keeps serving correctly;</li>
 *   <li>UP otherwise.</li>
 * </ul>
 */
public class RulesHealthIndicator implements HealthIndicator {
    public static final Status DEGRADED = new Status("DEGRADED", "the newest rule files do not compile; the last good rule set serves");

    private final RuleSetHolder holder;
    private final RuleThreads threads;
    private final RulesCanEvaluate outcomes;

    public RulesHealthIndicator(RuleSetHolder holder) {
        this(holder, RuleThreads.shared(), new RulesCanEvaluate());
    }

    public RulesHealthIndicator(RuleSetHolder holder, RuleThreads threads, RulesCanEvaluate outcomes) {
        this.holder = holder;
        this.threads = threads;
        this.outcomes = outcomes;
    }

    @Override
    public Health health() {
        RulesStatus status = holder.status();
        boolean canEvaluate = outcomes.canEvaluate(status.servingVersion());
        boolean threadsLeft = threads.stuck() < threads.size();
        Health.Builder health = !canEvaluate || !threadsLeft ? Health.down()
                : status.degraded() ? Health.status(DEGRADED) : Health.up();
        health.withDetail("servingVersion", status.servingVersion())
                .withDetail("servingSince", status.servingSince().toString())
                .withDetail("rulesDir", status.rulesDir())
                .withDetail("ruleThreads", threads.size())
                .withDetail("busyRuleThreads", threads.busy())
                .withDetail("stuckRuleThreads", threads.stuck());
        if (!canEvaluate) {
            health.withDetail("cannotEvaluate", "the last " + outcomes.stoppedInARow(status.servingVersion())
                    + " evaluations with this rule set were all stopped by the evaluation limits");
        }
        if (!threadsLeft) {
            health.withDetail("threadsExhausted", "every rule thread is stuck in a rule that ignored being stopped;"
                    + " restart the service");
        }
        if (status.degraded()) {
            health.withDetail("lastAttempt", status.lastAttempt().toString())
                    .withDetail("problems", status.problems().stream().map(RuleProblem::toString).toList());
        }
        return health.build();
    }
}
