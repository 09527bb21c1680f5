package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global {@code violations} every rule reports to. Keeps one violation per code and subject
 * (the first reported wins), so rules need not guard against firing twice for one subject.
 */
public final class ViolationCollector {
    private final Map<String, RuleInfo> rulesByName;
    private final PolicySettings settings;
    private final boolean explain;
    private final Map<String, ViolationDraft> drafts = new LinkedHashMap<>();

    public ViolationCollector(Map<String, RuleInfo> rulesByName, PolicySettings settings, boolean explain) {
        this.rulesByName = rulesByName;
        this.settings = settings;
        this.explain = explain;
    }

    /** Starts the violation of the firing rule about {@code subject}. */
    public ViolationDraft report(RuleContext kcontext, String subject) {
        String ruleName = kcontext.getRule().getName();
        RuleInfo rule = rulesByName.get(ruleName);
        if (rule == null) {
            throw new IllegalStateException("rule '" + ruleName + "' reports a violation but has no @code metadata");
        }
        List<Object> facts = explain ? List.copyOf(kcontext.getMatch().getObjects()) : List.of();
        ViolationDraft draft = new ViolationDraft(rule, subject, facts);
        String key = rule.code() + '\u0000' + subject;
        ViolationDraft first = drafts.putIfAbsent(key, draft);
        return first == null ? draft : new ViolationDraft(rule, subject, facts); // a duplicate is filled in and dropped
    }

    public int size() {
        return drafts.size();
    }

    /** The violations reported so far, completed from rule metadata and settings. */
    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>(drafts.size());
        for (ViolationDraft d : drafts.values()) {
            out.add(complete(d));
        }
        return out;
    }

    /** With explain on: for each violation, the facts its rule matched. */
    public List<Explained> explained() {
        if (!explain) {
            return Collections.emptyList();
        }
        List<Explained> out = new ArrayList<>(drafts.size());
        for (ViolationDraft d : drafts.values()) {
            out.add(new Explained(complete(d), d.rule, d.matchedFacts));
        }
        return out;
    }

    private Violation complete(ViolationDraft d) {
        RuleInfo rule = d.rule;
        // per code in the settings, else what the rule set, else by the priority in the settings, else @severity
        Severity severity = settings.severityOverride(rule.code())
                .orElse(d.severity != null ? d.severity : settings.severityAt(rule.code(), d.priority).orElse(rule.severity()));
        List<String> codes = d.actions.isEmpty() ? rule.actions() : d.actions;
        List<RecommendedAction> actions = new ArrayList<>(codes.size());
        for (String code : codes) {
            String description = settings.actionDescription(code);
            actions.add(new RecommendedAction(code, description != null ? description : code));
        }
        return new Violation(rule.code(), rule.name(), rule.policy(), severity, d.subject, d.customerId,
                d.interactionId, d.eventId, d.measured, d.threshold, d.unit,
                d.message != null ? settings.fill(d.message) : rule.description(), actions, rule.ruleName(), d.serviceLevel);
    }

    /** A violation with the rule that reported it and the facts that rule matched. */
    public record Explained(Violation violation, RuleInfo rule, List<Object> matchedFacts) {
    }
}
