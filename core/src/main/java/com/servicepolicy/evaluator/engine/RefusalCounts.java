package com.servicepolicy.evaluator.engine;

/** Receives the refusal counts of one declared group of one protected attribute (FAIR-003's input). */
@FunctionalInterface
public interface RefusalCounts {
    void add(String attribute, String group, long interactions, long refused);
}
