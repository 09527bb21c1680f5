package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Protected attributes of generated customers. Some are left undeclared, as in real customer files.
 * One group, {@code disability=yes}, is refused more often (see {@link #refusalFactor}) so that a
 * large log shows a disparate refusal rate the fairness audit must find.
 */
final class CustomerProfiles {
    /** Column order of the customers file. */
    static final List<String> ATTRIBUTES = List.of("disability", "ageBand", "religion");

    private static final String[] DISABILITY = {"yes", "no", ""};
    private static final double[] DISABILITY_WEIGHTS = {12, 68, 20};
    private static final String[] AGE_BANDS = {"18-29", "30-44", "45-64", "65+", ""};
    private static final double[] AGE_WEIGHTS = {22, 30, 28, 12, 8};
    private static final String[] RELIGIONS = {"christian", "muslim", "jewish", "hindu", "none", "other", ""};
    private static final double[] RELIGION_WEIGHTS = {25, 8, 3, 4, 20, 5, 35};
    static final double DISADVANTAGED_REFUSAL_FACTOR = 2.5;

    private CustomerProfiles() {
    }

    static Customer create(String customerId, Dice dice) {
        Map<String, String> attributes = new HashMap<>();
        declare(attributes, "disability", dice.weighted(DISABILITY, DISABILITY_WEIGHTS));
        declare(attributes, "ageBand", dice.weighted(AGE_BANDS, AGE_WEIGHTS));
        declare(attributes, "religion", dice.weighted(RELIGIONS, RELIGION_WEIGHTS));
        return new Customer(customerId, attributes);
    }

    static boolean hasDisability(Customer customer) {
        return "yes".equals(customer.attributes().get("disability"));
    }

    /** How much more often than average this customer is refused: the built-in disparity. */
    static double refusalFactor(Customer customer) {
        return hasDisability(customer) ? DISADVANTAGED_REFUSAL_FACTOR : 1.0;
    }

    private static void declare(Map<String, String> attributes, String name, String value) {
        if (!value.isEmpty()) {
            attributes.put(name, value);
        }
    }
}
