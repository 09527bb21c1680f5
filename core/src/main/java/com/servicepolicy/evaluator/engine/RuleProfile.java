package com.servicepolicy.evaluator.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.AgendaEventListener;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Firings and consequence time per rule, summed over every session of the evaluations of a rule set made
 * {@link RuleSet#profiled profiled} (for {@code bench}, as {@code opa bench} reports per-rule figures). The time
 * is that of the rules' {@code then} parts; matching is Drools' network and is counted in the total only.
 */
public final class RuleProfile {
    /** One rule's figures. */
    public record RuleFigures(String rule, long firings, long consequenceNanos) {
    }

    private final Map<String, LongAdder[]> byRule = new ConcurrentHashMap<>();

    /** A listener for one session (sessions run on several threads, each with its own). */
    AgendaEventListener sessionListener() {
        return new DefaultAgendaEventListener() {
            private long started;

            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                started = System.nanoTime();
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                long nanos = System.nanoTime() - started;
                LongAdder[] figures = byRule.computeIfAbsent(event.getMatch().getRule().getName(),
                        r -> new LongAdder[]{new LongAdder(), new LongAdder()});
                figures[0].increment();
                figures[1].add(nanos);
            }
        };
    }

    /** The figures so far, by rule name. */
    public Map<String, RuleFigures> figures() {
        Map<String, RuleFigures> out = new TreeMap<>();
        byRule.forEach((rule, f) -> out.put(rule, new RuleFigures(rule, f[0].sum(), f[1].sum())));
        return out;
    }

    public void reset() {
        byRule.clear();
    }
}
