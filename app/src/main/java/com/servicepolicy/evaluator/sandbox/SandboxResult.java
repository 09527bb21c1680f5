package com.servicepolicy.evaluator.sandbox;

import com.servicepolicy.evaluator.engine.RuleProblem;

import java.util.List;

/**
 * The outcome of a sandboxed compile: valid with the codes of the rules it would serve and its version, or
 * the problems. {@code failure} says why the compile gave no outcome at all (it timed out, exited, crashed).
 */
public record SandboxResult(boolean valid, List<RuleProblem> problems, List<String> codes, String version,
                            String failure) {
    static final String FILE = "result.json";

    public SandboxResult {
        problems = List.copyOf(problems);
        codes = List.copyOf(codes);
    }

    static SandboxResult failed(String why) {
        return new SandboxResult(false, List.of(new RuleProblem("", 0, 0, why)), List.of(), null, why);
    }
}
