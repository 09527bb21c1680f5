package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.RuleProblem;

import java.util.List;

/** Result of one reload: the version now serving, and whether it changed or why the new files were refused. */
public record ReloadOutcome(Kind kind, String servingVersion, List<RuleProblem> problems) {
    public enum Kind { RELOADED, UNCHANGED, FAILED }

    public ReloadOutcome {
        problems = List.copyOf(problems);
    }
}
