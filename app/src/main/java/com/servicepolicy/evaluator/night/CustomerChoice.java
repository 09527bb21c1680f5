package com.servicepolicy.evaluator.night;

/**
 * What the night's choice made of one customer: whether the night evaluates them, and their interactions
 * opened in the fairness window and how many of those were refused (FAIR-003's counts).
 */
public record CustomerChoice(String customerId, boolean evaluate, long opened, long refused) {
}
