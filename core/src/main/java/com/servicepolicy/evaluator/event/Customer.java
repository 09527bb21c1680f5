package com.servicepolicy.evaluator.event;

import java.util.Map;
import java.util.Objects;

/**
 * A customer and the protected-attribute groups they declared (attribute name to group label).
 * Undeclared attributes are simply absent. These values are sensitive: they feed group-level
 * statistics only and never appear in per-interaction output.
 */
public record Customer(String customerId, Map<String, String> attributes) {
    public Customer {
        Objects.requireNonNull(customerId, "customerId");
        attributes = Map.copyOf(attributes);
    }
}
