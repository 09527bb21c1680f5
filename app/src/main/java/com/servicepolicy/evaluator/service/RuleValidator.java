package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.RuleCompiler;
import com.servicepolicy.evaluator.engine.RuleProblem;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.RuleInfo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles a proposed file against the rule set serving now, without serving it. With a file name
 * the text replaces (or joins) that file among the current sources, so that it is checked in
 * context — including {@code settings.yaml}, which is then checked against the current DRL; without
 * one a DRL text is compiled alone, with the current settings.
 */
public class RuleValidator {
    private final RuleSetHolder holder;

    public RuleValidator(RuleSetHolder holder) {
        this.holder = holder;
    }

    public Validation validate(String fileName, String text) {
        RuleSet current = holder.current().ruleSet();
        try {
            RuleSet compiled;
            if (RuleSetLoader.SETTINGS_FILE.equals(fileName)) {
                PolicySettings settings = RuleSetLoader.parseSettings(fileName, text, resources(current));
                compiled = RuleCompiler.compile(drlSources(current), fileName, text, resources(current), settings);
            } else if (fileName != null) {
                Map<String, String> drl = drlSources(current);
                drl.put(fileName, text);
                compiled = compileWithCurrentSettings(current, drl);
            } else {
                compiled = compileWithCurrentSettings(current, Map.of(PROPOSED_FILE, text));
            }
            return new Validation(true, List.of(), compiled.rules(), current.version());
        } catch (RuleSetException e) {
            return new Validation(false, e.problems(), List.of(), current.version());
        }
    }

    static final String PROPOSED_FILE = "proposed.drl";

    private static RuleSet compileWithCurrentSettings(RuleSet current, Map<String, String> drl)
            throws RuleSetException {
        String settingsText = current.sources().get(RuleSetLoader.SETTINGS_FILE);
        return RuleCompiler.compile(drl, RuleSetLoader.SETTINGS_FILE, settingsText, resources(current), current.settings());
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

    /** The outcome: problems when invalid, the rules the text would serve when valid. */
    public record Validation(boolean valid, List<RuleProblem> problems, List<RuleInfo> rules, String against) {
    }
}
