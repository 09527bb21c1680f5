package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.Durations;
import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.policy.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * A violation as a rule's consequence fills it in, fluently:
 * {@code violations.report(kcontext, subject).clock($c).hours(elapsed, target).severity("MAJOR")}.
 * Unset fields fall back to the rule's metadata when the evaluation ends.
 */
public final class ViolationDraft {
    final RuleInfo rule;
    final String subject;
    final List<Object> matchedFacts;
    String customerId;
    String interactionId;
    String eventId;
    Double measured;
    Double threshold;
    String unit;
    String message;
    Severity severity;
    Priority priority;
    String serviceLevel;
    final List<String> actions = new ArrayList<>();

    ViolationDraft(RuleInfo rule, String subject, List<Object> matchedFacts) {
        this.rule = rule;
        this.subject = subject;
        this.matchedFacts = matchedFacts;
    }

    public ViolationDraft customer(String id) { customerId = id; return this; }
    public ViolationDraft interaction(String id) { interactionId = id; return this; }
    public ViolationDraft event(String id) { eventId = id; return this; }

    /**
     * Customer, interaction, priority in effect and service-level policy of a clock (the priority may set
     * the severity; the violation names the policy).
     */
    public ViolationDraft clock(Clock c) {
        priority = c.getPriority();
        serviceLevel = c.getServiceLevel();
        return customer(c.getCustomerId()).interaction(c.getInteractionId());
    }

    /** A compared duration, reported in hours. */
    public ViolationDraft hours(long measuredMillis, long thresholdMillis) {
        return measured(Durations.hours(measuredMillis), Durations.hours(thresholdMillis), "h");
    }

    public ViolationDraft measured(double measuredValue, double thresholdValue, String unitName) {
        measured = measuredValue;
        threshold = thresholdValue;
        unit = unitName;
        return this;
    }

    public ViolationDraft message(String text) { message = text; return this; }

    public ViolationDraft severity(String level) {
        try {
            severity = Severity.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule '" + rule.ruleName() + "' set unknown severity '" + level + "'");
        }
        return this;
    }

    /** Recommends an action; it must be one the rule declares in {@code @actions}. */
    public ViolationDraft action(String code) {
        if (!rule.actions().contains(code)) {
            throw new IllegalArgumentException("rule '" + rule.ruleName() + "' recommends action '" + code
                    + "' that its @actions metadata does not declare " + rule.actions());
        }
        actions.add(code);
        return this;
    }
}
