package com.servicepolicy.evaluator.policy;

/** The statistics the fairness rules call; no decisions, only numbers. */
public final class Statistics {
    private Statistics() {
    }

    /** Two-sided p-value of the pooled two-proportion z-test of x1/n1 against x2/n2. */
    public static double twoProportionPValue(long x1, long n1, long x2, long n2) {
        if (n1 == 0 || n2 == 0) {
            return 1.0;
        }
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        if (variance <= 0) {
            return 1.0;
        }
        double z = ((double) x1 / n1 - (double) x2 / n2) / Math.sqrt(variance);
        return Math.min(1.0, 2 * (1 - standardNormalCdf(Math.abs(z))));
    }

    /** Φ(x), by the complementary error function (Numerical Recipes erfc, |error| < 1.2e-7). */
    static double standardNormalCdf(double x) {
        return 1 - 0.5 * erfc(x / Math.sqrt(2));
    }

    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
