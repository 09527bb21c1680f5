package com.servicepolicy.evaluator.policy;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

import java.util.List;

/**
 * The statistics FAIR-003 uses, as policy-catalog.md defines them, over the distributions of Apache
 * Commons Statistics: the pooled two-proportion z-test, Fisher's exact test, Holm's step-down correction,
 * and for reports a confidence interval of a rate ratio. Numbers only; no decisions.
 */
public final class Statistics {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    /** Fisher's two-sided test counts tables at most this much more probable than the observed one (R's relErr). */
    private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

    private Statistics() {
    }

    /** Two-sided p-value of the pooled two-proportion z-test of x1/n1 against x2/n2; 1 when they cannot differ. */
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
        return Math.min(1.0, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
    }

    /**
     * Two-sided p-value of Fisher's exact test of x1/n1 against x2/n2: the sum of the hypergeometric
     * probabilities of every table with the same margins whose probability is at most the observed
     * table's × (1 + 10⁻⁷).
     */
    public static double fisherExactPValue(long x1, long n1, long x2, long n2) {
        int population = Math.toIntExact(n1 + n2);
        int refused = Math.toIntExact(x1 + x2);
        if (population == 0) {
            return 1.0;
        }
        HypergeometricDistribution table = HypergeometricDistribution.of(population, refused, Math.toIntExact(n1));
        double observed = table.probability(Math.toIntExact(x1)) * RELATIVE_TOLERANCE;
        double p = 0;
        for (int k = table.getSupportLowerBound(); k <= table.getSupportUpperBound(); k++) {
            double probability = table.probability(k);
            if (probability <= observed) {
                p += probability;
            }
        }
        return Math.min(1.0, p);
    }

    /**
     * Whether the z-test applies to the 2×2 table of x1/n1 against x2/n2 (refused and not refused): every
     * expected count, row total × column total / grand total, is at least 5; else Fisher's exact test.
     */
    public static boolean zTestApplies(long x1, long n1, long x2, long n2) {
        long total = n1 + n2;
        long refused = x1 + x2;
        // the smallest expected count is min(rows) × min(columns) / total; compared without rounding
        return total > 0 && Math.multiplyExact(Math.min(n1, n2), Math.min(refused, total - refused)) >= 5 * total;
    }

    /**
     * Holm's step-down adjustment of p-values (one family): sorted ascending, adjusted(i) = max over j ≤ i of
     * min(1, (m − j + 1) · p(j)). Returned in the order given.
     */
    public static double[] holm(List<Double> pValues) {
        int m = pValues.size();
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(pValues.get(a), pValues.get(b)));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues.get(i)));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /**
     * 95 % confidence interval of the rate ratio (x1/n1) / (x2/n2), Katz's log method; with 0.5 added to
     * each count when a count is 0, so that the interval exists (then it is wide, as it should be).
     */
    public static double[] rateRatioInterval(long x1, long n1, long x2, long n2) {
        double a = x1;
        double b = n1;
        double c = x2;
        double d = n2;
        if (x1 == 0 || x2 == 0 || x1 == n1 || x2 == n2) {
            a += 0.5;
            b += 0.5;
            c += 0.5;
            d += 0.5;
        }
        double logRatio = Math.log((a / b) / (c / d));
        double se = Math.sqrt(1 / a - 1 / b + 1 / c - 1 / d);
        double z = STANDARD_NORMAL.inverseSurvivalProbability(0.025);
        return new double[] {Math.exp(logRatio - z * se), Math.exp(logRatio + z * se)};
    }
}
