package com.servicepolicy.evaluator.sandbox;

import java.util.Map;

/** What {@link SandboxMain} compiles: DRL files by name, and the settings file's name and text. */
record SandboxInput(Map<String, String> drl, String settingsFile, String settings) {
    static final String FILE = "input.json";
}
