package com.servicepolicy.evaluator.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * The text of a rule set's files, by name relative to where they came from: every DRL, the settings
 * ({@code null} when missing), the files the settings read ({@code *.ics} holidays) and the scenario files
 * ({@code *.test.yaml}) that test them.
 */
public record RuleFiles(Map<String, String> drl, String settings, Map<String, String> resources,
                        Map<String, String> scenarios) {
    public static final String SETTINGS = "settings.yaml";
    public static final String SCENARIO_SUFFIX = ".test.yaml";
    public static final String CALENDAR_SUFFIX = ".ics";

    public RuleFiles {
        drl = Map.copyOf(new TreeMap<>(drl));
        resources = Map.copyOf(new TreeMap<>(resources));
        scenarios = Map.copyOf(new TreeMap<>(scenarios));
    }

    /** Whether a file of this name belongs to a rule set. */
    static boolean isPart(String name) {
        return name.endsWith(".drl") || name.endsWith(SCENARIO_SUFFIX) || name.endsWith(CALENDAR_SUFFIX)
                || name.equals(SETTINGS);
    }

    /** Sorts file names into DRL, settings and scenarios; other files are not part of a rule set. */
    static RuleFiles of(Map<String, String> textByName) {
        Map<String, String> drl = new TreeMap<>();
        Map<String, String> resources = new TreeMap<>();
        Map<String, String> scenarios = new TreeMap<>();
        textByName.forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                drl.put(name, text);
            } else if (name.endsWith(SCENARIO_SUFFIX)) {
                scenarios.put(name, text);
            } else if (name.endsWith(CALENDAR_SUFFIX)) {
                resources.put(name, text);
            }
        });
        return new RuleFiles(drl, textByName.get(SETTINGS), resources, scenarios);
    }
}
