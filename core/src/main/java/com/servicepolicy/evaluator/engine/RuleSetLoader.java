package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.policy.PolicySettings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads a rule set: every {@code *.drl} of its source and its {@code settings.yaml}. Compiling takes
 * seconds, so a process compiles each version (content hash of the files) once and shares it: the
 * service, the nightly batch and the command line ask again and get the same compiled set. File names
 * in problems are relative to the source.
 */
public final class RuleSetLoader {
    public static final String SETTINGS_FILE = RuleFiles.SETTINGS;
    /** Versions kept compiled: the one serving, the one being tried, and a little room. */
    private static final int KEPT = 4;
    private static final Map<String, RuleSet> COMPILED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
            return size() > KEPT;
        }
    };

    private RuleSetLoader() {
    }

    public static RuleSet load(Path dir) throws RuleSetException {
        return load(RuleSource.directory(dir));
    }

    public static RuleSet load(RuleSource source) throws RuleSetException {
        return load(source.read());
    }

    /** The compiled rule set of these files, compiled now unless this process already has it. */
    public static RuleSet load(RuleFiles files) throws RuleSetException {
        if (files.settings() == null) {
            throw new RuleSetException(List.of(new RuleProblem(SETTINGS_FILE, 0, 0,
                    "missing: the rules directory needs its settings file")));
        }
        if (files.drl().isEmpty()) {
            throw new RuleSetException(List.of(new RuleProblem("", 0, 0, "no .drl files")));
        }
        String version = RuleCompiler.versionOf(sources(files));
        synchronized (COMPILED) {
            RuleSet known = COMPILED.get(version);
            if (known != null) {
                return known;
            }
        }
        PolicySettings settings = SettingsParser.parse(SETTINGS_FILE, files.settings(), files.resources());
        RuleSet compiled = RuleCompiler.compile(files.drl(), SETTINGS_FILE, files.settings(), files.resources(), settings);
        synchronized (COMPILED) {
            COMPILED.putIfAbsent(version, compiled);
            return COMPILED.get(version);
        }
    }

    /** The version the files would have compiled (the hash of their names and text), without compiling them. */
    public static String versionOf(RuleFiles files) {
        return files.settings() == null ? "" : RuleCompiler.versionOf(sources(files));
    }

    /** Parses settings text alone (for validation of an edited settings file). */
    public static PolicySettings parseSettings(String fileName, String yaml) throws RuleSetException {
        return SettingsParser.parse(fileName, yaml);
    }

    /** Parses settings text with the other files of its rule set (the iCalendar files it names). */
    public static PolicySettings parseSettings(String fileName, String yaml, Map<String, String> resources)
            throws RuleSetException {
        return SettingsParser.parse(fileName, yaml, resources);
    }

    private static Map<String, String> sources(RuleFiles files) {
        Map<String, String> sources = new TreeMap<>(files.drl());
        sources.putAll(files.resources());
        sources.put(SETTINGS_FILE, files.settings());
        return sources;
    }
}
