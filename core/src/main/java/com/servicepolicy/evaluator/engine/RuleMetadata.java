package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Templates;
import org.kie.api.definition.rule.Rule;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads a rule's {@code @code}, {@code @severity}, ... metadata into a {@link RuleInfo}. */
final class RuleMetadata {
    /** Drools files {@code @description} under the name of its own Description annotation, not "description". */
    private static final String DESCRIPTION_KEY = "org.kie.api.definition.type.Description";

    private RuleMetadata() {
    }

    /** True when the rule reports violations, i.e. declares {@code @code}. */
    static boolean reportsViolations(Rule rule) {
        return rule.getMetaData().containsKey("code");
    }

    private static final java.util.Set<String> JUDGED_TYPES = java.util.Set.of(RuleInfo.Judged.CLOCK, RuleInfo.Judged.EVENT,
            RuleInfo.Judged.INTERACTION, RuleInfo.Judged.GROUP);

    static RuleInfo read(Rule rule, String sourceFile, PolicySettings settings, List<RuleProblem> problems) {
        Map<String, Object> meta = rule.getMetaData();
        String code = text(meta, "code");
        String severityText = text(meta, "severity");
        Severity severity = Severity.MINOR;
        if (severityText == null) {
            problems.add(new RuleProblem(sourceFile, 0, 0, "rule '" + rule.getName() + "' (" + code + ") has no @severity"));
        } else {
            try {
                severity = Severity.valueOf(severityText);
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(sourceFile, 0, 0, "rule '" + rule.getName() + "' has unknown @severity '"
                        + severityText + "' (INFO, MINOR, MAJOR, CRITICAL)"));
            }
        }
        String actions = text(meta, "actions");
        List<String> actionCodes = actions == null ? List.of()
                : Arrays.stream(actions.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String description = orElse(orElse(text(meta, "description"), text(meta, DESCRIPTION_KEY)), rule.getName());
        String whyNot = text(meta, "whyNot");
        for (String placeholder : settings == null ? List.<String>of() : Templates.unresolved(description, settings::text)) {
            problems.add(new RuleProblem(sourceFile, 0, 0, "rule '" + rule.getName() + "' (" + code + ") @description names "
                    + placeholder + ", which is not a setting of " + RuleSetLoader.SETTINGS_FILE));
        }
        RuleInfo.Judged judges = null;
        String judgesText = text(meta, "judges");
        if (judgesText != null) {
            judges = RuleInfo.Judged.parse(judgesText);
            if (!JUDGED_TYPES.contains(judges.type())) {
                problems.add(new RuleProblem(sourceFile, 0, 0, "rule '" + rule.getName() + "' (" + code + ") @judges '"
                        + judgesText + "': expected Clock:KIND, Event:TYPE, Interaction or GroupRefusalRate"));
            }
        }
        return new RuleInfo(rule.getName(), rule.getPackageName(), sourceFile, code,
                orElse(text(meta, "name"), code), orElse(text(meta, "policy"), rule.getPackageName()),
                severity, actionCodes, settings == null ? description : settings.fill(description), text(meta, "docs"), judges, whyNot);
    }

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
