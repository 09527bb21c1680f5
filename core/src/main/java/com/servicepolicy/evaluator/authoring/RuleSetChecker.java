package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleCompiler;
import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.engine.RuleSource;
import com.servicepolicy.evaluator.policy.PolicySettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code check}: compiles a rule set (a rules directory or the built-in catalog), lints its rules against their metadata and the
 * settings, and reads its scenario files, reporting everything found with file and line. The same
 * checks run before a reload, so an author sees them before the service does.
 */
public final class RuleSetChecker {
    /** Problems the compiler reports at line 0 that {@link RuleLint} reports with their line. */
    private static final Pattern METADATA_PROBLEM = Pattern.compile("^rule '.*'( \\(.*\\))? has (no|unknown) @severity");

    /** What {@code check} found, sorted by file and line, and the rule set when it compiled. */
    public record Report(List<Finding> findings, RuleSet ruleSet) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }

        public long errors() {
            return findings.stream().filter(Finding::isError).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }
    }

    private RuleSetChecker() {
    }

    public static Report check(RuleSource source) {
        List<Finding> findings = new ArrayList<>();
        RuleFiles files;
        try {
            files = source.read();
        } catch (RuleSetException e) {
            e.problems().forEach(p -> findings.add(Finding.error(p)));
            return new Report(findings, null);
        }
        String settingsText = files.settings();
        PolicySettings settings = null;
        if (settingsText == null) {
            findings.add(Finding.error(RuleSetLoader.SETTINGS_FILE, 0, 0, "missing: the rules directory needs its settings file"));
        } else {
            try {
                settings = RuleSetLoader.parseSettings(RuleSetLoader.SETTINGS_FILE, settingsText, files.resources());
            } catch (RuleSetException e) {
                e.problems().forEach(p -> findings.add(Finding.error(p)));
            }
        }
        Map<String, String> drlFiles = files.drl();
        if (drlFiles.isEmpty()) {
            findings.add(Finding.error("", 0, 0, "no .drl files"));
        }
        RuleSet ruleSet = compile(drlFiles, settingsText, files.resources(), settings, findings);
        List<DeclaredRule> declared = new ArrayList<>();
        drlFiles.forEach((file, text) -> declared.addAll(DrlScanner.scan(file, text)));
        findings.addAll(RuleLint.lint(declared, settings, settingsText));
        findings.addAll(scenarioFindings(files, declared));
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
        return new Report(List.copyOf(findings), findings.stream().anyMatch(Finding::isError) ? null : ruleSet);
    }

    private static RuleSet compile(Map<String, String> drlFiles, String settingsText, Map<String, String> resources,
                                   PolicySettings settings, List<Finding> findings) {
        if (drlFiles.isEmpty()) {
            return null;
        }
        try {
            return RuleCompiler.compile(drlFiles, RuleSetLoader.SETTINGS_FILE, settingsText == null ? "" : settingsText,
                    resources, settings);
        } catch (RuleSetException e) {
            e.problems().stream().filter(p -> !METADATA_PROBLEM.matcher(p.message()).find())
                    .forEach(p -> findings.add(Finding.error(p)));
            return null;
        }
    }

    private static List<Finding> scenarioFindings(RuleFiles files, List<DeclaredRule> declared) {
        List<Finding> findings = new ArrayList<>();
        List<ScenarioParser.Parsed> parsed = ScenarioSuite.read(files);
        List<String> codes = declared.stream().map(DeclaredRule::code).filter(c -> c != null).toList();
        List<String> expectedToFire = new ArrayList<>();
        for (ScenarioParser.Parsed p : parsed) {
            findings.addAll(p.problems());
            for (Scenario s : p.scenarios()) {
                List<ExpectedViolation> all = new ArrayList<>(s.includes());
                if (s.exact() != null) {
                    all.addAll(s.exact());
                }
                all.forEach(x -> expectedToFire.add(x.code()));
                all.addAll(s.excludes());
                all.stream().filter(x -> !codes.contains(x.code())).forEach(x -> findings.add(Finding.warning(s.file(),
                        x.line(), 1, "scenario '" + s.name() + "' refers to " + x.code() + ", which no rule declares")));
            }
        }
        for (DeclaredRule r : declared) {
            if (r.code() != null && !expectedToFire.contains(r.code())) {
                findings.add(Finding.warning(r.file(), r.lineOf("code"), r.columnOf("code"), r.code()
                        + " has no test scenario that expects it to fire; add one to a " + ScenarioParser.SUFFIX + " file"));
            }
        }
        return findings;
    }
}
