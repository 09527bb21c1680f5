package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.policy.DisparityTests;
import com.servicepolicy.evaluator.policy.GroupRefusalRate;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.Interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, over the whole log, interactions and refused interactions per protected-attribute group,
 * so that the disparate-refusal rule sees whole-log rates and never a customer.
 */
final class RefusalTally {
    private final Map<String, Map<String, long[]>> countsByAttribute = new TreeMap<>();

    void add(Interaction interaction, Customer customer) {
        if (customer == null) {
            return;
        }
        for (var attribute : customer.attributes().entrySet()) {
            long[] counts = countsByAttribute.computeIfAbsent(attribute.getKey(), k -> new TreeMap<>())
                    .computeIfAbsent(attribute.getValue(), g -> new long[2]);
            counts[0]++;
            if (interaction.isRefused()) {
                counts[1]++;
            }
        }
    }

    /** Adds the counts of another tally (sums, so the order of merging does not matter). */
    void addAll(RefusalTally other) {
        other.countsByAttribute.forEach((attribute, groups) -> groups.forEach((group, counts) ->
                add(attribute, group, counts[0], counts[1])));
    }

    void add(String attribute, String group, long interactions, long refused) {
        long[] counts = countsByAttribute.computeIfAbsent(attribute, k -> new TreeMap<>())
                .computeIfAbsent(group, g -> new long[2]);
        counts[0] += interactions;
        counts[1] += refused;
    }

    /** The counts of every group, tested as FAIR-003 prescribes: the facts the whole-log rules judge. */
    List<GroupRefusalRate> rates(PolicySettings settings) {
        List<DisparityTests.Counts> counts = new ArrayList<>();
        countsByAttribute.forEach((attribute, groups) -> groups.forEach((group, c) ->
                counts.add(new DisparityTests.Counts(attribute, group, c[0], c[1]))));
        return DisparityTests.judge(counts, settings.getDisparityMinGroupSize(), settings.getDisparityCorrection());
    }
}
