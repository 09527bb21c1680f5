package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleCompiler;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.policy.PolicySettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code check}: compiles a rules directory, lints its rules against their metadata and the
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

    public static Report check(Path dir) {
        List<Finding> findings = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            findings.add(Finding.error(dir.toString(), 0, 0, "not a directory"));
            return new Report(findings, null);
        }
        String settingsText = read(dir, dir.resolve(RuleSetLoader.SETTINGS_FILE), findings);
        PolicySettings settings = null;
        if (settingsText != null) {
            try {
                settings = RuleSetLoader.parseSettings(RuleSetLoader.SETTINGS_FILE, settingsText);
            } catch (RuleSetException e) {
                e.problems().forEach(p -> findings.add(Finding.error(p)));
            }
        }
        Map<String, String> drlFiles = drlFiles(dir, findings);
        RuleSet ruleSet = compile(drlFiles, settingsText, settings, findings);
        List<DeclaredRule> declared = new ArrayList<>();
        drlFiles.forEach((file, text) -> declared.addAll(DrlScanner.scan(file, text)));
        findings.addAll(RuleLint.lint(declared, settings, settingsText));
        findings.addAll(scenarioFindings(dir, declared));
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
        return new Report(List.copyOf(findings), findings.stream().anyMatch(Finding::isError) ? null : ruleSet);
    }

    private static RuleSet compile(Map<String, String> drlFiles, String settingsText, PolicySettings settings,
                                   List<Finding> findings) {
        if (drlFiles.isEmpty()) {
            return null;
        }
        try {
            return RuleCompiler.compile(drlFiles, RuleSetLoader.SETTINGS_FILE, settingsText == null ? "" : settingsText,
                    settings);
        } catch (RuleSetException e) {
            e.problems().stream().filter(p -> !METADATA_PROBLEM.matcher(p.message()).find())
                    .forEach(p -> findings.add(Finding.error(p)));
            return null;
        }
    }

    private static List<Finding> scenarioFindings(Path dir, List<DeclaredRule> declared) {
        List<Finding> findings = new ArrayList<>();
        List<ScenarioParser.Parsed> parsed;
        try {
            parsed = ScenarioSuite.read(dir);
        } catch (IOException e) {
            return List.of(Finding.error(dir.toString(), 0, 0, "cannot read scenario files: " + e.getMessage()));
        }
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

    private static Map<String, String> drlFiles(Path dir, List<Finding> findings) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String text = read(dir, p, findings);
                if (text != null) {
                    files.put(dir.relativize(p).toString().replace('\\', '/'), text);
                }
            }
        } catch (IOException e) {
            findings.add(Finding.error(dir.toString(), 0, 0, "cannot read: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            findings.add(Finding.error(dir.toString(), 0, 0, "no .drl files"));
        }
        return files;
    }

    private static String read(Path dir, Path file, List<Finding> findings) {
        String name = dir.relativize(file).toString().replace('\\', '/');
        if (!Files.isRegularFile(file)) {
            findings.add(Finding.error(name, 0, 0, "missing: the rules directory needs its settings file"));
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            findings.add(Finding.error(name, 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }
}
