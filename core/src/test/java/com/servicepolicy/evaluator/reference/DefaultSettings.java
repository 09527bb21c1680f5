package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.PolicySettings;

import java.util.List;
import java.util.Set;

/** The catalog defaults of policy-catalog.md, built in Java so the reference can be tested without rules/settings.yaml. */
final class DefaultSettings {
    static final long HOUR = 3_600_000L;

    private DefaultSettings() {
    }

    static PolicySettings catalog() {
        return PolicySettings.builder()
                .target(Priority.URGENT, HOUR, 24 * HOUR)
                .target(Priority.HIGH, 4 * HOUR, 72 * HOUR)
                .target(Priority.NORMAL, 24 * HOUR, 168 * HOUR)
                .target(Priority.LOW, 72 * HOUR, 336 * HOUR)
                .atRiskFraction(0.75)
                .followUp(72 * HOUR, Set.of(Category.COMPLAINT, Category.PURCHASE))
                .accommodation(120 * HOUR, Set.of("UNDUE_BURDEN", "FUNDAMENTAL_ALTERATION", "DIRECT_THREAT"))
                .refusal(Set.of("NON_PAYMENT", "ABUSIVE_CONDUCT", "SAFETY_RISK", "OUTSIDE_SERVICE_AREA", "CAPACITY_LIMIT",
                                "POLICY_VIOLATION", "FRAUD_SUSPECTED"),
                        Set.of("RACE", "COLOR", "RELIGION", "NATIONAL_ORIGIN", "SEX", "DISABILITY", "AGE", "FAMILIAL_STATUS",
                                "SEXUAL_ORIENTATION", "GENDER_IDENTITY", "PREGNANCY", "GENETIC_INFORMATION"),
                        List.of("race", "racial", "ethnic", "ethnicity", "skin color", "religion", "religious", "muslim",
                                "christian", "jewish", "hindu", "sikh", "national origin", "immigrant", "foreigner", "accent",
                                "disability", "disabled", "wheelchair", "blind", "deaf", "pregnant", "pregnancy", "elderly",
                                "too old", "gender", "transgender", "gay", "lesbian", "sexual orientation"))
                .retaliation(30 * 24 * HOUR, 2)
                .repeatContact(168 * HOUR, 2)
                .disparity(30, 1.25, 0.05)
                .build();
    }
}
