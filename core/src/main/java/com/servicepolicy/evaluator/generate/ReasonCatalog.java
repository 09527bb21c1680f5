package com.servicepolicy.evaluator.generate;

/**
 * The reasons agents give, good and bad: legitimate codes, missing codes, home-made codes,
 * protected grounds, and free text with and without protected terms (including near misses such as
 * "accents on letters", which must not count as "accent").
 */
final class ReasonCatalog {
    /** A reason code (null = missing) and optional free text. */
    record Reason(String code, String text) {
    }

    private static final String[] LEGITIMATE_REFUSALS = {"NON_PAYMENT", "ABUSIVE_CONDUCT", "SAFETY_RISK",
            "OUTSIDE_SERVICE_AREA", "CAPACITY_LIMIT", "POLICY_VIOLATION", "FRAUD_SUSPECTED"};
    private static final String[] HOME_MADE = {"MANAGER_DECISION", "OTHER", "CUSTOMER_ATTITUDE", "NOT_WORTH_IT", "misc"};
    private static final String[] PROTECTED_GROUNDS = {"RACE", "COLOR", "RELIGION", "NATIONAL_ORIGIN", "SEX",
            "DISABILITY", "AGE", "FAMILIAL_STATUS", "SEXUAL_ORIENTATION", "GENDER_IDENTITY", "PREGNANCY",
            "GENETIC_INFORMATION"};
    private static final String[] PROTECTED_TEXTS = {"customer has a strong accent", "Customer is too old for this plan",
            "wheelchair user, store not suitable", "Refused: she is pregnant", "religious dress code",
            "foreigner, could not verify", "customer seemed DISABLED", "elderly caller, too slow"};
    private static final String[] BENIGN_TEXTS = {"accents on letters broke the name field", "repeated non-payment",
            "address outside our delivery area", "threatened staff, see incident 4411", "raceway parts discontinued",
            "unblinded test group; card declined", "Booking system full today", "chargeback fraud pattern, \"gift\" cards"};
    private static final String[] LEGITIMATE_DENIALS = {"UNDUE_BURDEN", "FUNDAMENTAL_ALTERATION", "DIRECT_THREAT"};
    private static final String[] BAD_DENIALS = {"NOT_AVAILABLE", "COST", "NO_STAFF"};

    private ReasonCatalog() {
    }

    static Reason refusal(Dice dice) {
        int roll = dice.below(100);
        if (roll < 62) {
            return new Reason(dice.pick(LEGITIMATE_REFUSALS), dice.chance(0.3) ? dice.pick(BENIGN_TEXTS) : null);
        } else if (roll < 72) {
            return new Reason(null, dice.chance(0.5) ? dice.pick(BENIGN_TEXTS) : null);
        } else if (roll < 82) {
            return new Reason(dice.pick(HOME_MADE), null);
        } else if (roll < 90) {
            return new Reason(dice.pick(PROTECTED_GROUNDS), null);
        }
        return new Reason(dice.pick(LEGITIMATE_REFUSALS), dice.pick(PROTECTED_TEXTS));
    }

    /** What an agent writes when refusing someone who just posted a bad review: it looks legitimate. */
    static Reason retaliation(Dice dice) {
        return new Reason(dice.chance(0.7) ? "POLICY_VIOLATION" : "ABUSIVE_CONDUCT", null);
    }

    static Reason legitimateDenial(Dice dice) {
        return new Reason(dice.pick(LEGITIMATE_DENIALS), null);
    }

    static Reason badDenial(Dice dice) {
        return dice.chance(0.5) ? new Reason(null, "not possible") : new Reason(dice.pick(BAD_DENIALS), null);
    }
}
