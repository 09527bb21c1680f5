package com.servicepolicy.evaluator.policy;

/**
 * Refusal tally of one declared group of one protected attribute, over the whole log, and its test
 * against the attribute's reference group (FAIR-003): {@code interactions} opened by its customers,
 * {@code refused} of them with a REFUSED event. A group is {@link #isTested() tested} when it and the
 * reference both have enough interactions and it is not the reference; its p-value comes from the test
 * the catalog prescribes, and its adjusted p-value from the correction over all the tests of the
 * evaluation. Carries no customer data.
 */
public final class GroupRefusalRate {
    private final String attribute;
    private final String group;
    private final long interactions;
    private final long refused;
    private final Reference reference;
    private final Test test;

    /** The attribute's reference group: the least-refused group with enough interactions (ties: smallest label). */
    public record Reference(String group, long interactions, long refused) {
        double rate() {
            return interactions == 0 ? 0 : (double) refused / interactions;
        }
    }

    /** The test of a group against the reference, among {@code tests} of the evaluation (its family). */
    public record Test(String name, double pValue, double adjustedPValue, int tests, String correction) {
    }

    public GroupRefusalRate(String attribute, String group, long interactions, long refused, Reference reference, Test test) {
        this.attribute = attribute;
        this.group = group;
        this.interactions = interactions;
        this.refused = refused;
        this.reference = reference;
        this.test = test;
    }

    public String getAttribute() { return attribute; }
    public String getGroup() { return group; }
    public long getInteractions() { return interactions; }
    public long getRefused() { return refused; }
    public double getRate() { return interactions == 0 ? 0 : (double) refused / interactions; }
    /** The subject of a FAIR-003 violation about this group. */
    public String getSubject() { return attribute + "=" + group; }
    /** Whether this group was tested against its attribute's reference group. */
    public boolean isTested() { return test != null; }
    /** Whether this group is its attribute's reference group. */
    public boolean isReference() { return reference != null && reference.group().equals(group); }
    /** The reference group's label, or null when the attribute has none. */
    public String getReferenceGroup() { return reference == null ? null : reference.group(); }
    public String getReferenceSubject() { return reference == null ? null : attribute + "=" + reference.group(); }
    public long getReferenceInteractions() { return reference == null ? 0 : reference.interactions(); }
    public long getReferenceRefused() { return reference == null ? 0 : reference.refused(); }
    public double getReferenceRate() { return reference == null ? 0 : reference.rate(); }
    /** "two-proportion z-test" or "Fisher's exact test"; null when not tested. */
    public String getTestName() { return test == null ? null : test.name(); }
    /** The test's two-sided p-value; 1 when not tested. */
    public double getPValue() { return test == null ? 1 : test.pValue(); }
    /** The p-value adjusted for the number of tests ({@code disparateRefusal.correction}); 1 when not tested. */
    public double getAdjustedPValue() { return test == null ? 1 : test.adjustedPValue(); }
    /** How many tests the evaluation made (m, the family of the correction); 0 when not tested. */
    public int getTests() { return test == null ? 0 : test.tests(); }
    /** The correction applied: holm or none. */
    public String getCorrection() { return test == null ? null : test.correction(); }

    @Override
    public String toString() {
        return getSubject() + ": " + refused + "/" + interactions + " refused";
    }
}
