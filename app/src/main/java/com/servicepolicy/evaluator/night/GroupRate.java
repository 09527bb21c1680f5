package com.servicepolicy.evaluator.night;

import com.servicepolicy.evaluator.evaluation.LogEvaluation;

/** Refusal tally of one group of one protected attribute over the fairness window (group level only). */
public record GroupRate(String attribute, String group, long interactions, long refused) {
    public double rate() {
        return interactions == 0 ? 0 : (double) refused / interactions;
    }

    /** The counts the rules judge. */
    public LogEvaluation.GroupCount counts() {
        return new LogEvaluation.GroupCount(attribute, group, interactions, refused);
    }
}
