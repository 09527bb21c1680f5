package com.servicepolicy.evaluator.generate;

/**
 * Shares of the written lines that are malformed or duplicates, e.g. 0.01 = 1 % of all lines.
 * Noise lines are added next to the valid ones, never instead of them, so the valid log is the
 * same whatever the noise: the evaluator must report exactly these extra lines.
 */
public record LineNoise(double malformedRate, double duplicateRate) {
    public static final LineNoise NONE = new LineNoise(0, 0);

    public LineNoise {
        if (malformedRate < 0 || duplicateRate < 0 || malformedRate + duplicateRate > 0.5) {
            throw new IllegalArgumentException("malformed and duplicate rates must be at least 0 and add up to at most 0.5, were "
                    + malformedRate + " and " + duplicateRate);
        }
    }

    /** Chance of adding a malformed line after a valid one, so that the share of all lines is the rate. */
    double malformedPerValidLine() {
        return malformedRate / (1 - malformedRate - duplicateRate);
    }

    double duplicatePerValidLine() {
        return duplicateRate / (1 - malformedRate - duplicateRate);
    }
}
