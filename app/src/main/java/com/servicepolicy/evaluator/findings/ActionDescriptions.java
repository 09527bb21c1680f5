package com.servicepolicy.evaluator.findings;

import com.servicepolicy.evaluator.service.RuleSetHolder;
import org.springframework.stereotype.Component;

import java.util.Map;

/** What each recommended action means, from the serving rule set's settings (settings.yaml {@code actions}). */
@Component
public class ActionDescriptions {
    private final RuleSetHolder rules;

    public ActionDescriptions(RuleSetHolder rules) {
        this.rules = rules;
    }

    public Map<String, String> all() {
        return rules.current().ruleSet().settings().getActions();
    }
}
