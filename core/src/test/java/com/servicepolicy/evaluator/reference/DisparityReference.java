package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.Severity;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * FAIR-003, decision 9: per attribute and declared group, refusal rate against the lowest group's, tested as
 * policy-catalog.md says. Its distributions come from Commons Math, not the engine's Commons Statistics.
 */
final class DisparityReference {
    private final PolicySettings settings;
    private final Findings findings;
    /** attribute → group → {interactions, refused}. */
    private final Map<String, Map<String, long[]>> tallies = new TreeMap<>();
    private final Map<String, Customer> customers = new HashMap<>();

    DisparityReference(PolicySettings settings, Collection<Customer> customers, Findings findings) {
        this.settings = settings;
        this.findings = findings;
        for (Customer c : customers) {
            this.customers.putIfAbsent(c.customerId(), c);
        }
    }

    void count(Timeline t) {
        if (!t.hasOpened()) {
            return;
        }
        Customer customer = customers.get(t.opened.getCustomerId());
        if (customer == null) {
            return;
        }
        boolean refused = t.anyOf(EventType.REFUSED);
        customer.attributes().forEach((attribute, group) -> {
            if (group != null && !group.isEmpty()) {
                long[] tally = tallies.computeIfAbsent(attribute, a -> new TreeMap<>()).computeIfAbsent(group, g -> new long[2]);
                tally[0]++;
                tally[1] += refused ? 1 : 0;
            }
        });
    }

    /**
     * Per attribute, the least-refused large group is the reference (ties: the smallest label); every other
     * large group is tested against it (z-test when every expected count is at least 5, else Fisher's exact
     * test); the p-values of all attributes together are adjusted by Holm's method; a group whose rate is at
     * least ratio × the reference's and whose adjusted p is below the limit is disparate.
     */
    void report() {
        List<String> subjects = new ArrayList<>();
        List<Double> pValues = new ArrayList<>();
        List<Boolean> highEnough = new ArrayList<>();
        tallies.forEach((attribute, groups) -> {
            Map<String, long[]> large = new TreeMap<>();
            groups.forEach((group, tally) -> {
                if (tally[0] >= settings.getDisparityMinGroupSize()) {
                    large.put(group, tally);
                }
            });
            String reference = null;
            for (var entry : large.entrySet()) {
                if (reference == null || entry.getValue()[1] * large.get(reference)[0] < large.get(reference)[1] * entry.getValue()[0]) {
                    reference = entry.getKey();
                }
            }
            if (reference == null) {
                return;
            }
            long[] ref = large.get(reference);
            for (var entry : large.entrySet()) {
                long[] g = entry.getValue();
                if (!entry.getKey().equals(reference)) {
                    subjects.add(attribute + "=" + entry.getKey());
                    pValues.add(pValue(g[1], g[0], ref[1], ref[0]));
                    highEnough.add(g[1] * ref[0] >= settings.getDisparityRatio() * ref[1] * g[0]);
                }
            }
        });
        double[] adjusted = "holm".equals(settings.getDisparityCorrection()) ? holm(pValues)
                : pValues.stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < subjects.size(); i++) {
            if (highEnough.get(i) && adjusted[i] < settings.getDisparityMaxPValue()) {
                findings.add("FAIR-003", subjects.get(i), Severity.MAJOR);
            }
        }
    }

    static double pValue(long x1, long n1, long x2, long n2) {
        long total = n1 + n2;
        long refused = x1 + x2;
        double smallestExpected = (double) Math.min(n1, n2) * Math.min(refused, total - refused) / total;
        return smallestExpected >= 5 ? zTest(x1, n1, x2, n2) : fisher(x1, n1, x2, n2);
    }

    private static double zTest(long x1, long n1, long x2, long n2) {
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double z = ((double) x1 / n1 - (double) x2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return Math.min(1, Erf.erfc(Math.abs(z) / Math.sqrt(2))); // 2 × (1 − Φ(|z|))
    }

    /** Tables with the group's row of n1 and x1 + x2 refusals in all, at most as probable as the observed one. */
    private static double fisher(long x1, long n1, long x2, long n2) {
        long refused = x1 + x2;
        double observed = logTable(x1, n1, refused, n1 + n2);
        double p = 0;
        for (long k = Math.max(0, refused - n2); k <= Math.min(n1, refused); k++) {
            double log = logTable(k, n1, refused, n1 + n2);
            if (log <= observed + Math.log1p(1e-7)) {
                p += Math.exp(log);
            }
        }
        return Math.min(1, p);
    }

    /** log of C(n1, k) C(total − n1, refused − k) / C(total, refused). */
    private static double logTable(long k, long n1, long refused, long total) {
        return logChoose(n1, k) + logChoose(total - n1, refused - k) - logChoose(total, refused);
    }

    private static double logChoose(long n, long k) {
        return Gamma.logGamma(n + 1.0) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(n - k + 1.0);
    }

    private static double[] holm(List<Double> p) {
        int m = p.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(p.get(a), p.get(b)));
        double[] adjusted = new double[m];
        double max = 0;
        for (int j = 1; j <= m; j++) {
            int i = order.get(j - 1);
            max = Math.max(max, Math.min(1, (m - j + 1) * p.get(i)));
            adjusted[i] = max;
        }
        return adjusted;
    }
}
