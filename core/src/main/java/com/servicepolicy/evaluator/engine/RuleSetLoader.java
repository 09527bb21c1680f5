package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.policy.PolicySettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads a rules directory: every {@code *.drl} in it (sub-directories included) and its
 * {@code settings.yaml}. File names in problems are relative to the directory.
 */
public final class RuleSetLoader {
    public static final String SETTINGS_FILE = "settings.yaml";

    private RuleSetLoader() {
    }

    public static RuleSet load(Path dir) throws RuleSetException {
        Path settingsPath = dir.resolve(SETTINGS_FILE);
        if (!Files.isRegularFile(settingsPath)) {
            throw new RuleSetException(List.of(new RuleProblem(dir + "/" + SETTINGS_FILE, 0, 0,
                    "missing: the rules directory needs its settings file")));
        }
        String settingsText = read(dir, settingsPath);
        PolicySettings settings = SettingsParser.parse(SETTINGS_FILE, settingsText);
        return RuleCompiler.compile(readDrlFiles(dir), SETTINGS_FILE, settingsText, settings);
    }

    /** Parses settings text alone (for validation of an edited settings file). */
    public static PolicySettings parseSettings(String fileName, String yaml) throws RuleSetException {
        return SettingsParser.parse(fileName, yaml);
    }

    static Map<String, String> readDrlFiles(Path dir) throws RuleSetException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.filter(f -> f.toString().endsWith(".drl")).sorted()::iterator) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), read(dir, p));
            }
        } catch (IOException e) {
            throw new RuleSetException(List.of(new RuleProblem(dir.toString(), 0, 0, "cannot read: " + e.getMessage())));
        }
        if (files.isEmpty()) {
            throw new RuleSetException(List.of(new RuleProblem(dir.toString(), 0, 0, "no .drl files")));
        }
        return files;
    }

    private static String read(Path dir, Path file) throws RuleSetException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleSetException(List.of(new RuleProblem(dir.relativize(file).toString(), 0, 0,
                    "cannot read: " + e.getMessage())));
        }
    }
}
