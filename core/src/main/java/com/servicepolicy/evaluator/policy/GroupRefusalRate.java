package com.servicepolicy.evaluator.policy;

/**
 * Refusal tally of one declared group of one protected attribute, over the whole log:
 * {@code interactions} opened by its customers, {@code refused} of them with a REFUSED event.
 * Carries no customer data.
 */
public final class GroupRefusalRate {
    private final String attribute;
    private final String group;
    private final long interactions;
    private final long refused;

    public GroupRefusalRate(String attribute, String group, long interactions, long refused) {
        this.attribute = attribute;
        this.group = group;
        this.interactions = interactions;
        this.refused = refused;
    }

    public String getAttribute() { return attribute; }
    public String getGroup() { return group; }
    public long getInteractions() { return interactions; }
    public long getRefused() { return refused; }
    public double getRate() { return interactions == 0 ? 0 : (double) refused / interactions; }
    /** The subject of a FAIR-003 violation about this group. */
    public String getSubject() { return attribute + "=" + group; }

    /**
     * Two-sided p-value of the pooled two-proportion z-test of this group against {@code other}.
     * When the pooled proportion is 0 or 1 the groups cannot differ, and the p-value is 1.
     */
    public double pValueAgainst(GroupRefusalRate other) {
        return Statistics.twoProportionPValue(refused, interactions, other.refused, other.interactions);
    }

    @Override
    public String toString() {
        return getSubject() + ": " + refused + "/" + interactions + " refused";
    }
}
