package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.RuleProblem;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code rules} health component: UP while the directory compiles; DEGRADED when the newest
 * files do not, with their problems, while the last good rule set keeps serving. Never DOWN: the
 * service still answers correctly with the rules it has.
 */
public class RulesHealthIndicator implements HealthIndicator {
    public static final Status DEGRADED = new Status("DEGRADED", "the newest rule files do not compile; the last good rule set serves");

    private final RuleSetHolder holder;

    public RulesHealthIndicator(RuleSetHolder holder) {
        this.holder = holder;
    }

    @Override
    public Health health() {
        RulesStatus status = holder.status();
        Health.Builder health = (status.degraded() ? Health.status(DEGRADED) : Health.up())
                .withDetail("servingVersion", status.servingVersion())
                .withDetail("servingSince", status.servingSince().toString())
                .withDetail("rulesDir", status.rulesDir());
        if (status.degraded()) {
            health.withDetail("lastAttempt", status.lastAttempt().toString())
                    .withDetail("problems", status.problems().stream().map(RuleProblem::toString).toList());
        }
        return health.build();
    }
}
