package com.servicepolicy.evaluator.policy;

/** What would put a violation right: a stable code and a sentence for people. */
public record RecommendedAction(String code, String description) {
}
