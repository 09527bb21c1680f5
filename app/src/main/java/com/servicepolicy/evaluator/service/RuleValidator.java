package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.RuleProblem;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.sandbox.RuleSandbox;
import com.servicepolicy.evaluator.sandbox.SandboxResult;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles a proposed file against the rule set serving now, without serving it, in the {@link RuleSandbox}:
 * compiling DRL runs the authors' code ({@code declare} defaults, functions they call), which must not reach the
 * service. With a file name the text replaces (or joins) that file among the current sources, so that it is
 * checked in context — including {@code settings.yaml}, which is then checked against the current DRL; without
 * one a DRL text is compiled alone, with the current settings.
 */
public class RuleValidator {
    static final String PROPOSED_FILE = "proposed.drl";

    private final RuleSetHolder holder;
    private final RuleSandbox sandbox;

    public RuleValidator(RuleSetHolder holder, RuleSandbox sandbox) {
        this.holder = holder;
        this.sandbox = sandbox;
    }

    public Validation validate(String fileName, String text) {
        RuleSet current = holder.current().ruleSet();
        String settingsText = current.sources().get(RuleSetLoader.SETTINGS_FILE);
        Map<String, String> resources = resources(current);
        SandboxResult result;
        if (RuleSetLoader.SETTINGS_FILE.equals(fileName)) {
            result = sandbox.compile(drlSources(current), fileName, text, resources);
        } else if (fileName != null) {
            Map<String, String> drl = drlSources(current);
            drl.put(fileName, text);
            result = sandbox.compile(drl, RuleSetLoader.SETTINGS_FILE, settingsText, resources);
        } else {
            result = sandbox.compile(Map.of(PROPOSED_FILE, text), RuleSetLoader.SETTINGS_FILE, settingsText, resources);
        }
        return new Validation(result.valid(), result.problems(), result.codes(), current.version());
    }

    private static Map<String, String> drlSources(RuleSet current) {
        Map<String, String> drl = new TreeMap<>(current.sources());
        drl.keySet().removeIf(name -> !name.endsWith(".drl"));
        return drl;
    }

    /** The other files the current settings read (iCalendar holidays). */
    private static Map<String, String> resources(RuleSet current) {
        Map<String, String> other = new TreeMap<>(current.sources());
        other.keySet().removeIf(name -> name.endsWith(".drl") || name.equals(RuleSetLoader.SETTINGS_FILE));
        return other;
    }

    /** The outcome: problems when invalid, the codes of the rules the text would serve when valid. */
    public record Validation(boolean valid, List<RuleProblem> problems, List<String> codes, String against) {
    }
}
