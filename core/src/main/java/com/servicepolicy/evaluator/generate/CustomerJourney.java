package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.generate.InteractionScript.Outcome;
import com.servicepolicy.evaluator.generate.ReasonCatalog.Reason;

import static com.servicepolicy.evaluator.generate.Dice.DAY;
import static com.servicepolicy.evaluator.generate.Dice.HOUR;
import static com.servicepolicy.evaluator.generate.Dice.MINUTE;

/**
 * All contacts of one customer, in time order: a few interactions, often on the same topic within
 * days (repeat contacts), reviews after some of them, and sometimes a refusal soon after a bad
 * review (retaliation). Rarely the log also holds a fragment of an interaction opened before the
 * export began (events without an OPENED), as real exports cut mid-ticket.
 */
final class CustomerJourney {
    private static final String[] TOPICS = {"billing", "delivery", "login", "refund", "warranty",
            "installation", "account", "pricing", "outage", "appointment"};
    private static final Integer[] RATINGS = {1, 2, 3, 4, 5};
    private static final double[] BAD_RATINGS = {40, 30, 15, 10, 5};
    private static final double[] GOOD_RATINGS = {3, 7, 15, 35, 40};
    private static final long RETALIATION_REACH = 30 * DAY;

    private final Dice dice;
    private final Emitter emitter;
    private final InteractionScript script;
    private final Customer customer;
    private final long end;
    private Long lowReviewAt;

    CustomerJourney(Dice dice, Emitter emitter, AgentPool agents, Customer customer, long end) {
        this.dice = dice;
        this.emitter = emitter;
        this.script = new InteractionScript(dice, emitter, agents);
        this.customer = customer;
        this.end = end;
    }

    /** Generates at most {@code limit} interactions from {@code firstOpenedAt}; returns how many. */
    int run(long firstOpenedAt, long limit) {
        if (dice.chance(0.003)) {
            orphanFragment(firstOpenedAt);
        }
        int wanted = (int) Math.min(limit, dice.geometric(0.55, 40));
        long openedAt = firstOpenedAt;
        String topic = null;
        boolean repeat = false;
        int made = 0;
        while (made < wanted && openedAt <= end) {
            if (!repeat || topic == null) {
                topic = dice.chance(0.75) ? dice.pick(TOPICS) : null;
            }
            Reason forced = null;
            long notBefore = 0;
            if (lowReviewAt != null && openedAt <= lowReviewAt + RETALIATION_REACH) {
                forced = ReasonCatalog.retaliation(dice);
                notBefore = lowReviewAt + dice.between(HOUR, 2 * DAY);
                lowReviewAt = null;
            }
            Outcome outcome = script.run(openedAt, topic, CustomerProfiles.refusalFactor(customer),
                    CustomerProfiles.hasDisability(customer), forced, notBefore);
            made++;
            review(outcome);
            repeat = dice.chance(0.3);
            openedAt += dice.exponential(repeat ? 2 * DAY : 12 * DAY);
        }
        return made;
    }

    private void review(Outcome outcome) {
        if (!dice.chance(outcome.badExperience() ? 0.3 : 0.1)) {
            return;
        }
        long at = outcome.endedAt() + dice.logNormal(DAY, 1.0);
        int rating = dice.weighted(RATINGS, outcome.badExperience() ? BAD_RATINGS : GOOD_RATINGS);
        emitter.emit(EventType.REVIEW_POSTED, at, null).rating(rating);
        if (rating <= 2 && dice.chance(0.25)) {
            lowReviewAt = at;
        }
    }

    private void orphanFragment(long at) {
        String interactionId = emitter.ids().nextInteraction();
        String agent = "A1";
        switch (dice.below(4)) {
            case 0 -> emitter.emit(EventType.REFUSED, at, interactionId).agentId(agent)
                    .reasonCode(ReasonCatalog.refusal(dice).code());
            case 1 -> emitter.emit(EventType.CALLBACK_PROMISED, at, interactionId).agentId(agent)
                    .dueAt(java.time.Instant.ofEpochMilli(at + 2 * HOUR));
            case 2 -> emitter.emit(EventType.ACCOMMODATION_REQUESTED, at, interactionId);
            default -> {
                emitter.emit(EventType.CUSTOMER_MESSAGE, at, interactionId);
                emitter.emit(EventType.AGENT_REPLY, at + 5 * MINUTE, interactionId).agentId(agent);
            }
        }
    }
}
