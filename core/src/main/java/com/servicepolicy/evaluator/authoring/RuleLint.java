package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.engine.YamlPositions;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what the compiler cannot: that every rule reporting violations carries the metadata the
 * output and the docs are built from, that codes are unique, and that severities and action codes
 * exist. A rule without {@code @code} is a helper; if it reports a violation anyway it would fail at
 * run time (the collector needs the code), so that is an error here.
 */
final class RuleLint {
    private static final Pattern CODE_FORMAT = Pattern.compile("[A-Z][A-Z0-9]*-\\d{3}");
    private static final List<String> REQUIRED = List.of("name", "severity", "actions");
    private static final List<String> RECOMMENDED = List.of("policy", "description", "docs");
    private static final Set<String> SEVERITIES = Set.of(Arrays.stream(Severity.values()).map(Enum::name).toArray(String[]::new));

    private RuleLint() {
    }

    /** @param settings null when settings.yaml did not parse (action codes are then not checked) */
    static List<Finding> lint(List<DeclaredRule> rules, PolicySettings settings, String settingsText) {
        List<Finding> out = new ArrayList<>();
        Map<String, DeclaredRule> byCode = new HashMap<>();
        for (DeclaredRule r : rules) {
            String code = r.code();
            if (code == null) {
                if (r.reportsViolations()) {
                    out.add(Finding.error(r.file(), r.line(), 1, "rule '" + r.name()
                            + "' calls violations.report but has no @code; give it @code, @name, @severity and @actions"));
                }
                continue;
            }
            DeclaredRule first = byCode.putIfAbsent(code, r);
            if (first != null) {
                out.add(Finding.error(r.file(), r.lineOf("code"), r.columnOf("code"), "duplicate code " + code
                        + ": rule '" + first.name() + "' (" + first.file() + ":" + first.lineOf("code") + ") has it too"));
            }
            if (!CODE_FORMAT.matcher(code).matches()) {
                out.add(Finding.warning(r.file(), r.lineOf("code"), r.columnOf("code"), "code '" + code
                        + "' does not look like the others (letters, a dash, three digits: e.g. VIP-001)"));
            }
            for (String key : REQUIRED) {
                if (r.text(key) == null) {
                    out.add(Finding.error(r.file(), r.line(), 1, "rule '" + r.name() + "' (" + code + ") has no @" + key));
                }
            }
            for (String key : RECOMMENDED) {
                if (r.text(key) == null) {
                    out.add(Finding.warning(r.file(), r.line(), 1, "rule '" + r.name() + "' (" + code + ") has no @" + key));
                }
            }
            String severity = r.text("severity");
            if (severity != null && !SEVERITIES.contains(severity)) {
                out.add(Finding.error(r.file(), r.lineOf("severity"), r.columnOf("severity"), "unknown severity '"
                        + severity + "' (INFO, MINOR, MAJOR, CRITICAL)"));
            }
            if (settings != null) {
                for (String action : r.actions()) {
                    if (settings.actionDescription(action) == null) {
                        out.add(Finding.error(r.file(), r.lineOf("actions"), r.columnOf("actions"), "unknown action code '"
                                + action + "': define it under 'actions:' in " + RuleSetLoader.SETTINGS_FILE));
                    }
                }
            }
            consequenceCalls(r, out);
        }
        if (settingsText != null) {
            YamlPositions positions = YamlPositions.of(settingsText);
            for (String code : overriddenCodes(settingsText)) {
                if (!byCode.containsKey(code)) {
                    YamlPositions.Position at = positions.at("severityOverrides." + code);
                    out.add(Finding.warning(RuleSetLoader.SETTINGS_FILE, at.line(), at.column(),
                            "severityOverrides." + code + ": no rule has code " + code));
                }
            }
        }
        return out;
    }

    /** Literal {@code .action("X")} and {@code .severity("X")} calls fail at run time when X is not declared. */
    private static void consequenceCalls(DeclaredRule r, List<Finding> out) {
        for (DeclaredRule.Call call : r.calls()) {
            if (call.method().equals("action") && !r.actions().contains(call.argument())) {
                out.add(Finding.error(r.file(), call.line(), call.column(), "action '" + call.argument()
                        + "' is not declared in @actions of rule '" + r.name() + "' " + r.actions()));
            } else if (call.method().equals("severity") && !SEVERITIES.contains(call.argument())) {
                out.add(Finding.error(r.file(), call.line(), call.column(), "unknown severity '" + call.argument()
                        + "' (INFO, MINOR, MAJOR, CRITICAL)"));
            }
        }
    }

    private static List<String> overriddenCodes(String settingsText) {
        try {
            var root = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(settingsText);
            return root == null ? List.of() : List.copyOf(root.path("severityOverrides").propertyNames());
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
