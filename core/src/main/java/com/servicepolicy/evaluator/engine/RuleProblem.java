package com.servicepolicy.evaluator.engine;

/**
 * A problem found in a rule set: where it is (file relative to the rules directory, 1-based line
 * and column, 0 when unknown) and what it is. Printed the way compilers do: {@code file:line:column: message}.
 */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
