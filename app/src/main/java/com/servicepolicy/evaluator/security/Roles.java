package com.servicepolicy.evaluator.security;

import java.util.Set;

/** The roles of the service: evaluate (evaluations), author (rules), auditor (stored violations), admin (all). */
final class Roles {
    static final Set<String> KNOWN = Set.of("evaluate", "author", "auditor", "admin");

    private Roles() {
    }

    /** {@code roles}, or an error naming the property and who carries an unknown one. */
    static Set<String> checked(Set<String> roles, String property, String who) {
        Set<String> checked = roles == null ? Set.of() : Set.copyOf(roles);
        for (String role : checked) {
            if (!KNOWN.contains(role)) {
                throw new IllegalArgumentException(property + ": unknown role '" + role + "' for '" + who
                        + "' (known: " + KNOWN + ")");
            }
        }
        return checked;
    }
}
