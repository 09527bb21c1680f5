package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.generate.ReasonCatalog.Reason;

import static com.servicepolicy.evaluator.generate.Dice.DAY;
import static com.servicepolicy.evaluator.generate.Dice.HOUR;
import static com.servicepolicy.evaluator.generate.Dice.MINUTE;

/**
 * Parts of an interaction that the follow-up and accommodation policies judge: callback promises
 * (kept, kept exactly on time, late, forgotten), accommodation requests (granted in time, late,
 * never; denied with and without a legitimate reason) and follow-ups after complaints and sales.
 * Exact-boundary cases are included because off-by-one disagreements hide there.
 */
final class SideStories {
    private static final long[] CALLBACK_DELAYS = {2 * HOUR, 24 * HOUR, 48 * HOUR};

    private final Dice dice;
    private final InteractionScript script;

    SideStories(Dice dice, InteractionScript script) {
        this.dice = dice;
        this.script = script;
    }

    /** A promise made right after {@code at}; returns when the conversation continues. */
    long callback(long at) {
        long promisedAt = at + dice.between(MINUTE, 5 * MINUTE);
        long due = promisedAt + CALLBACK_DELAYS[dice.below(CALLBACK_DELAYS.length)];
        script.agent(EventType.CALLBACK_PROMISED, promisedAt).dueAt(java.time.Instant.ofEpochMilli(due));
        int roll = dice.below(100);
        long contact;
        if (roll < 78) {
            contact = dice.between(promisedAt + 10 * MINUTE, due);
        } else if (roll < 80) {
            contact = due;
        } else if (roll < 92) {
            contact = due + dice.logNormal(6 * HOUR, 1.0);
        } else {
            return promisedAt;
        }
        script.agent(EventType.AGENT_REPLY, contact);
        return contact;
    }

    void accommodation(long openedAt, boolean disabled) {
        if (!dice.chance(disabled ? 0.25 : 0.01)) {
            return;
        }
        long requested = openedAt + dice.between(MINUTE, 2 * HOUR);
        script.customer(EventType.ACCOMMODATION_REQUESTED, requested).reasonText(dice.chance(0.5) ? "needs step-free access" : null);
        long window = ServiceLevels.ACCOMMODATION_WINDOW;
        int roll = dice.below(100);
        if (roll < 63) {
            script.agent(EventType.ACCOMMODATION_GRANTED, requested + dice.logNormal(12 * HOUR, 1.0));
        } else if (roll < 65) {
            script.agent(EventType.ACCOMMODATION_GRANTED, requested + window + (dice.chance(0.5) ? 0 : 1000));
        } else if (roll < 73) {
            script.agent(EventType.ACCOMMODATION_GRANTED, requested + dice.between(window + HOUR, 300 * HOUR));
        } else if (roll < 80) {
            return;
        } else {
            Reason reason = roll < 90 ? ReasonCatalog.legitimateDenial(dice) : ReasonCatalog.badDenial(dice);
            script.agent(EventType.ACCOMMODATION_DENIED, requested + dice.logNormal(24 * HOUR, 0.8))
                    .reasonCode(reason.code()).reasonText(reason.text());
        }
    }

    /**
     * Before the first response: now and then an internal note (which answers nobody, so the first-response
     * clock keeps running) and a change of priority (the clock is judged with the priority then in effect).
     */
    void beforeFirstResponse(long openedAt, long firstResponse) {
        if (firstResponse - openedAt < 2 * MINUTE) {
            return;
        }
        if (dice.chance(0.08)) {
            script.agent(EventType.AGENT_REPLY, dice.between(openedAt + MINUTE, firstResponse - MINUTE)).internal(true)
                    .reasonText("internal: checked the account, waiting for billing");
        }
        if (dice.chance(0.04)) {
            script.agent(EventType.PRIORITY_CHANGED, dice.between(openedAt + MINUTE, firstResponse - MINUTE))
                    .priority(dice.chance(0.6) ? Priority.HIGH : Priority.LOW);
        }
    }

    /** Waiting on a third party: ON_HOLD from {@code at}, OPEN again, then a reply; returns when the reply came. */
    long onHold(long at) {
        long held = at + dice.between(MINUTE, HOUR);
        script.agent(EventType.STATUS_CHANGED, held).status(Status.ON_HOLD);
        long back = held + dice.logNormal(DAY, 1.0);
        script.agent(EventType.STATUS_CHANGED, back).status(Status.OPEN);
        long reply = back + dice.between(MINUTE, HOUR);
        script.agent(EventType.AGENT_REPLY, reply);
        return reply;
    }

    void followUp(Category category, long resolvedAt) {
        long window = ServiceLevels.FOLLOW_UP_WINDOW;
        if (category != Category.COMPLAINT && category != Category.PURCHASE) {
            if (dice.chance(0.05)) {
                script.agent(EventType.FOLLOW_UP, resolvedAt + dice.between(HOUR, window));
            }
            return;
        }
        int roll = dice.below(100);
        if (roll < 58) {
            script.agent(EventType.FOLLOW_UP, resolvedAt + dice.between(2 * HOUR, window - HOUR));
        } else if (roll < 60) {
            script.agent(EventType.FOLLOW_UP, resolvedAt + window + (dice.chance(0.5) ? 0 : 1000));
        } else if (roll < 75) {
            script.agent(EventType.FOLLOW_UP, resolvedAt + dice.between(window + HOUR, 160 * HOUR));
        }
    }
}
