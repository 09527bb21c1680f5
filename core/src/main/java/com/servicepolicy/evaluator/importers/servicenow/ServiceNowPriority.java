package com.servicepolicy.evaluator.importers.servicenow;

/** ServiceNow priorities ({@code 1 - Critical} … {@code 5 - Planning}) by their leading digit, as the contract's. */
final class ServiceNowPriority {
    private ServiceNowPriority() {
    }

    /** The contract's priority, or null when the text is not a ServiceNow priority. */
    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return switch (text.trim().charAt(0)) {
            case '1' -> "URGENT";
            case '2' -> "HIGH";
            case '3' -> "NORMAL";
            case '4', '5' -> "LOW";
            default -> null;
        };
    }
}
