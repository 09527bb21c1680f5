package com.servicepolicy.evaluator.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one bounded group of facts through a fresh session of the shared KieBase, within the
 * evaluation limits: a session that fires too often or too long is halted and reported.
 */
final class SessionRunner {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rule-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final RuleSet ruleSet;
    private final EvaluationLimits limits;

    SessionRunner(RuleSet ruleSet, EvaluationLimits limits) {
        this.ruleSet = ruleSet;
        this.limits = limits;
    }

    /** Inserts the facts, fires the rules into {@code collector}, and returns the number of firings. */
    int run(Collection<?> facts, ViolationCollector collector) {
        KieSession session = ruleSet.kieBase().newKieSession();
        LastFired lastFired = new LastFired();
        try {
            if (ruleSet.declaresGlobal("settings")) {
                session.setGlobal("settings", ruleSet.settings());
            }
            if (ruleSet.declaresGlobal("violations")) {
                session.setGlobal("violations", collector);
            }
            session.addEventListener(lastFired);
            for (Object fact : facts) {
                session.insert(fact);
            }
            int maxFirings = limits.maxFirings(facts.size());
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                session.halt();
            }, limits.maxTime().toMillis(), TimeUnit.MILLISECONDS);
            int fired;
            try {
                fired = session.fireAllRules(maxFirings);
            } finally {
                watchdog.cancel(false);
            }
            if (timedOut.get()) {
                throw new RuleLoopException(lastFired.name, "firing for " + limits.maxTime().toMillis() + " ms");
            }
            if (fired >= maxFirings) {
                throw new RuleLoopException(lastFired.name, fired + " firings on " + facts.size() + " facts");
            }
            return fired;
        } finally {
            session.dispose();
        }
    }

    private static final class LastFired extends DefaultAgendaEventListener {
        private volatile String name = "(none)";

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            name = event.getMatch().getRule().getName();
        }
    }
}
