package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleSetLoader;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the driver broadcasts of a rule set: its files as text (every DRL, the settings, the calendars they
 * read) and the version they compile to, never a compiled KieBase (Drools no longer serializes one).
 */
record RuleText(String version, TreeMap<String, String> drl, String settings, TreeMap<String, String> resources)
        implements Serializable {

    static RuleText of(RuleFiles files) {
        return new RuleText(RuleSetLoader.versionOf(files), new TreeMap<>(files.drl()), files.settings(),
                new TreeMap<>(files.resources()));
    }

    RuleFiles files() {
        return new RuleFiles(drl, settings, resources, Map.of());
    }
}
