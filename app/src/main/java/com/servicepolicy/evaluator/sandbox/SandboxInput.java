package com.servicepolicy.evaluator.sandbox;

import java.util.Map;

/**
 * What {@link SandboxMain} compiles: DRL files by name, the settings file's name and text, and the other files
 * the settings read (iCalendar holidays) by name.
 */
record SandboxInput(Map<String, String> drl, String settingsFile, String settings, Map<String, String> resources) {
    static final String FILE = "input.json";
}
