package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.RuleInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One page per rule code, whose header block is generated from the rule's metadata so it cannot
 * drift from the rule; the rest of the page is written by people. {@code docs} rewrites the
 * header blocks (creating missing pages from a skeleton); {@code docs --check} only compares.
 */
public final class PolicyDocs {
    static final String BEGIN = "<!-- BEGIN rule metadata: generated from the rule by `docs`; edit the rule, not this block -->";
    static final String END = "<!-- END rule metadata -->";

    /** A page that differs from its rule (or is missing), and its text as it should be. */
    public record Drift(RuleInfo rule, Path page, boolean missing, String expected) {
    }

    private PolicyDocs() {
    }

    /** Where a rule's page lives: its {@code @docs}, or {@code docs/policies/CODE.md}, under {@code root}. */
    public static Path pageOf(RuleInfo rule, Path root) {
        String docs = rule.docs() == null || rule.docs().isBlank() ? "docs/policies/" + rule.code() + ".md" : rule.docs();
        return root.resolve(docs).normalize();
    }

    /** The pages whose header block is not what the rules say. */
    public static List<Drift> drift(RuleSet ruleSet, Path root) throws IOException {
        List<Drift> out = new ArrayList<>();
        for (RuleInfo rule : ruleSet.rules()) {
            Path page = pageOf(rule, root);
            String current = Files.isRegularFile(page) ? Files.readString(page, StandardCharsets.UTF_8) : null;
            String expected = page(current, rule, ruleSet.settings());
            if (!expected.equals(current)) {
                out.add(new Drift(rule, page, current == null, expected));
            }
        }
        return out;
    }

    /** Writes every drifted page; returns what was written. */
    public static List<Drift> write(RuleSet ruleSet, Path root) throws IOException {
        List<Drift> drift = drift(ruleSet, root);
        for (Drift d : drift) {
            Files.createDirectories(d.page().toAbsolutePath().getParent());
            Files.writeString(d.page(), d.expected(), StandardCharsets.UTF_8);
        }
        return drift;
    }

    /** {@code current} with its header block replaced, or a new page when there is none. */
    static String page(String current, RuleInfo rule, PolicySettings settings) {
        String header = header(rule, settings);
        if (current == null) {
            return header + "\n" + skeleton();
        }
        int begin = current.indexOf(BEGIN);
        int end = current.indexOf(END);
        if (begin < 0 || end < begin) {
            return header + "\n" + current;
        }
        return current.substring(0, begin) + header + current.substring(end + END.length() + 1);
    }

    static String header(RuleInfo rule, PolicySettings settings) {
        StringBuilder actions = new StringBuilder();
        for (String code : rule.actions()) {
            String description = settings.actionDescription(code);
            actions.append(actions.isEmpty() ? "" : "<br>").append('`').append(code).append('`')
                    .append(description == null ? "" : " — " + description);
        }
        return BEGIN + "\n"
                + "# " + rule.code() + " " + rule.name() + "\n\n"
                + "> " + rule.description() + "\n\n"
                + "| | |\n|---|---|\n"
                + "| Code | `" + rule.code() + "` |\n"
                + "| Name | `" + rule.name() + "` |\n"
                + "| Policy | " + rule.policy() + " |\n"
                + "| Default severity | " + rule.severity() + " |\n"
                + severityByPriority(rule, settings)
                + (rule.judges() == null ? "" : "| Judges | `" + rule.judges() + "` |\n")
                + "| Recommended actions | " + actions + " |\n"
                + "| Rule | \"" + rule.ruleName() + "\" in `rules/" + rule.sourceFile() + "` |\n"
                + END + "\n";
    }

    /** The severities {@code severityByPriority} gives the code, as a row, or nothing. */
    private static String severityByPriority(RuleInfo rule, PolicySettings settings) {
        var byPriority = settings.severitiesByPriority().get(rule.code());
        if (byPriority == null || byPriority.isEmpty()) {
            return "";
        }
        StringBuilder row = new StringBuilder();
        byPriority.forEach((priority, severity) -> row.append(row.isEmpty() ? "" : ", ").append(priority).append(": ").append(severity));
        return "| Severity by priority | " + row + " (settings: `severityByPriority`) |\n";
    }

    private static String skeleton() {
        return """
                ## What it checks

                ## The customer's right it protects

                ## How it is measured

                ## Thresholds and how to change them

                ## Examples

                """;
    }
}
