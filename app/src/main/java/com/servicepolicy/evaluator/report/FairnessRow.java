package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.policy.GroupRefusalRate;
import com.servicepolicy.evaluator.policy.Statistics;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One row of the refusal-rate table, formatted: counts, rate (and its bar's share of the highest rate), and for a
 * tested group the ratio to its attribute's reference, a 95 % confidence interval of the ratio, the excess
 * refusals (x_g − n_g · rate_ref), the test FAIR-003 used and its raw and adjusted p-value.
 */
public record FairnessRow(String attribute, String group, boolean tooSmall, long interactions, long refused, String rate,
                   int barPercent, boolean reference, boolean tested, String ratio, String interval, String excess,
                   String test, String p, String adjustedP, String correction, boolean flagged) {

    static List<FairnessRow> of(List<GroupRefusalRate> rates, long minGroupSize, Set<String> flagged) {
        double maxRate = rates.stream().mapToDouble(GroupRefusalRate::getRate).max().orElse(0);
        return rates.stream().map(g -> row(g, maxRate, minGroupSize, flagged.contains(g.getSubject()))).toList();
    }

    private static FairnessRow row(GroupRefusalRate g, double maxRate, long minGroupSize, boolean flagged) {
        String rate = String.format(Locale.ROOT, "%.1f%%", g.getRate() * 100);
        int bar = maxRate == 0 ? 0 : (int) Math.round(g.getRate() / maxRate * 100);
        boolean tooSmall = g.getInteractions() < minGroupSize;
        if (g.isReference() || !g.isTested()) {
            return new FairnessRow(g.getAttribute(), g.getGroup(), tooSmall, g.getInteractions(), g.getRefused(), rate,
                    bar, g.isReference(), false, null, null, null, null, null, null, null, flagged);
        }
        double[] ci = Statistics.rateRatioInterval(g.getRefused(), g.getInteractions(), g.getReferenceRefused(),
                g.getReferenceInteractions());
        String ratio = g.getReferenceRefused() == 0 ? "—"
                : String.format(Locale.ROOT, "%.2f×", g.getRate() / g.getReferenceRate());
        double excess = g.getRefused() - g.getInteractions() * g.getReferenceRate();
        return new FairnessRow(g.getAttribute(), g.getGroup(), tooSmall, g.getInteractions(), g.getRefused(), rate, bar,
                false, true, ratio, String.format(Locale.ROOT, "%.2f–%.2f", ci[0], ci[1]),
                String.format(Locale.ROOT, "%.1f", excess), g.getTestName(),
                String.format(Locale.ROOT, "%.3g", g.getPValue()), String.format(Locale.ROOT, "%.3g", g.getAdjustedPValue()),
                "(" + g.getCorrection() + ", m = " + g.getTests() + ")", flagged);
    }
}
