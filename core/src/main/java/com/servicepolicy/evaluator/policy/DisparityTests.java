package com.servicepolicy.evaluator.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * FAIR-003's statistics over one evaluation's group counts (policy-catalog.md): per attribute, the
 * reference group (the least-refused group with at least {@code minGroupSize} interactions; ties: the
 * smallest label); every other such group tested against it, with the z-test when every expected count is
 * at least 5 and Fisher's exact test otherwise; all the tests of the evaluation, every attribute together,
 * one family whose p-values are adjusted by Holm's method (or not, with correction {@code none}). Whether a
 * tested group is disparate is for the rule to say.
 */
public final class DisparityTests {
    public static final String Z_TEST = "two-proportion z-test";
    public static final String FISHER = "Fisher's exact test";
    public static final String HOLM = "holm";

    private DisparityTests() {
    }

    /** Interactions and refused interactions of one group of one attribute. */
    public record Counts(String attribute, String group, long interactions, long refused) {
    }

    public static List<GroupRefusalRate> judge(List<Counts> counts, long minGroupSize, String correction) {
        Map<String, List<Counts>> byAttribute = new TreeMap<>();
        for (Counts c : counts) {
            byAttribute.computeIfAbsent(c.attribute(), a -> new ArrayList<>()).add(c);
        }
        List<Counts> tested = new ArrayList<>();
        List<GroupRefusalRate.Reference> references = new ArrayList<>();
        List<Double> pValues = new ArrayList<>();
        List<String> testNames = new ArrayList<>();
        Map<String, GroupRefusalRate.Reference> referenceOf = new TreeMap<>();
        byAttribute.forEach((attribute, groups) -> {
            groups.sort((a, b) -> a.group().compareTo(b.group()));
            Counts ref = null;
            for (Counts g : groups) {
                if (g.interactions() >= minGroupSize && (ref == null || lowerRate(g, ref))) {
                    ref = g;
                }
            }
            if (ref == null) {
                return;
            }
            GroupRefusalRate.Reference reference = new GroupRefusalRate.Reference(ref.group(), ref.interactions(), ref.refused());
            referenceOf.put(attribute, reference);
            for (Counts g : groups) {
                if (g != ref && g.interactions() >= minGroupSize) {
                    boolean z = Statistics.zTestApplies(g.refused(), g.interactions(), ref.refused(), ref.interactions());
                    tested.add(g);
                    references.add(reference);
                    testNames.add(z ? Z_TEST : FISHER);
                    pValues.add(z ? Statistics.twoProportionPValue(g.refused(), g.interactions(), ref.refused(), ref.interactions())
                            : Statistics.fisherExactPValue(g.refused(), g.interactions(), ref.refused(), ref.interactions()));
                }
            }
        });
        double[] adjusted = HOLM.equals(correction) ? Statistics.holm(pValues)
                : pValues.stream().mapToDouble(Double::doubleValue).toArray();
        Map<Counts, GroupRefusalRate.Test> tests = new java.util.IdentityHashMap<>();
        for (int i = 0; i < tested.size(); i++) {
            tests.put(tested.get(i), new GroupRefusalRate.Test(testNames.get(i), pValues.get(i), adjusted[i], tested.size(), correction));
        }
        List<GroupRefusalRate> out = new ArrayList<>();
        byAttribute.forEach((attribute, groups) -> groups.forEach(g -> out.add(new GroupRefusalRate(attribute, g.group(),
                g.interactions(), g.refused(), referenceOf.get(attribute), tests.get(g)))));
        return out;
    }

    /** a's rate is below b's, compared exactly (cross-multiplied); equal rates keep the earlier, smaller label. */
    private static boolean lowerRate(Counts a, Counts b) {
        return Math.multiplyExact(a.refused(), b.interactions()) < Math.multiplyExact(b.refused(), a.interactions());
    }
}
