package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Statistics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** FAIR-003, decision 9: per attribute and declared group, refusal rate against the lowest group's. */
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

    void report() {
        tallies.forEach((attribute, groups) -> {
            Map<String, long[]> large = new TreeMap<>();
            groups.forEach((group, tally) -> {
                if (tally[0] >= settings.getDisparityMinGroupSize()) {
                    large.put(group, tally);
                }
            });
            String reference = null;
            for (var entry : large.entrySet()) {
                if (reference == null || rate(entry.getValue()) < rate(large.get(reference))) {
                    reference = entry.getKey();
                }
            }
            if (reference == null) {
                return;
            }
            long[] ref = large.get(reference);
            for (var entry : large.entrySet()) {
                long[] g = entry.getValue();
                if (!entry.getKey().equals(reference) && rate(g) >= settings.getDisparityRatio() * rate(ref)
                        && Statistics.twoProportionPValue(g[1], g[0], ref[1], ref[0]) < settings.getDisparityMaxPValue()) {
                    findings.add("FAIR-003", attribute + "=" + entry.getKey(), Severity.MAJOR);
                }
            }
        });
    }

    private static double rate(long[] tally) {
        return (double) tally[1] / tally[0];
    }
}
