package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.engine.RuleProblem;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.RuleInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON views of the serving rules, from their DRL metadata. */
final class PolicyViews {
    private PolicyViews() {
    }

    record RuleView(String code, String name, String policy, String severity, List<RecommendedAction> actions,
                    String description, String docs, String ruleName, String sourceFile) {
    }

    record RuleSetView(String policy, List<String> sourceFiles, List<RuleView> rules) {
    }

    record Catalog(String rulesVersion, List<RuleSetView> ruleSets) {
    }

    record ValidationView(boolean valid, List<RuleProblem> problems, List<String> codes, String checkedAgainst) {
    }

    static Catalog catalog(RuleSet rs) {
        Map<String, List<RuleView>> byPolicy = new LinkedHashMap<>();
        for (RuleInfo r : rs.rules()) {
            byPolicy.computeIfAbsent(r.policy(), k -> new ArrayList<>()).add(rule(r, rs));
        }
        List<RuleSetView> sets = new ArrayList<>();
        byPolicy.forEach((policy, rules) -> sets.add(new RuleSetView(policy,
                rules.stream().map(RuleView::sourceFile).distinct().toList(), rules)));
        return new Catalog(rs.version(), sets);
    }

    static RuleView rule(RuleInfo r, RuleSet rs) {
        List<RecommendedAction> actions = r.actions().stream().map(code -> {
            String description = rs.settings().actionDescription(code);
            return new RecommendedAction(code, description != null ? description : code);
        }).toList();
        return new RuleView(r.code(), r.name(), r.policy(), String.valueOf(r.severity()), actions, r.description(),
                r.docs(), r.ruleName(), r.sourceFile());
    }
}
