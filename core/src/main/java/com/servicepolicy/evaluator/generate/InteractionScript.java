package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.generate.ReasonCatalog.Reason;

import static com.servicepolicy.evaluator.generate.Dice.DAY;
import static com.servicepolicy.evaluator.generate.Dice.HOUR;
import static com.servicepolicy.evaluator.generate.Dice.MINUTE;
import static com.servicepolicy.evaluator.generate.Dice.SECOND;

/**
 * The life of one interaction: opened (routed to a queue), answered (late sometimes), a few rounds of
 * conversation with now and then a wait on the customer (PENDING) or a third party (ON_HOLD), an internal
 * note or a change of priority, maybe a callback promise, then resolved or refused, maybe reopened, maybe
 * followed up. Rare quirks
 * of real exports are included on purpose (a message logged a few seconds before its OPENED, a
 * second OPENED for a transferred ticket, a reply in the same second as the OPENED) because they
 * are where two implementations of the rules are most likely to disagree.
 */
final class InteractionScript {
    /** How an interaction ended, for the customer's review. */
    record Outcome(long endedAt, boolean badExperience) {
    }

    private static final Channel[] CHANNELS = Channel.values();
    private static final double[] CHANNEL_WEIGHTS = {30, 25, 25, 5, 10, 5};
    private static final Priority[] PRIORITIES = Priority.values();
    private static final double[] PRIORITY_WEIGHTS = {10, 68, 16, 6};
    private static final Category[] CATEGORIES = Category.values();
    private static final double[] CATEGORY_WEIGHTS = {30, 15, 17, 28, 10};
    /** Chosen so that about 3 % of all interactions are refused despite the disadvantaged group's factor. */
    static final double BASE_REFUSAL = 0.0254;

    private final Dice dice;
    private final Emitter emitter;
    private final AgentPool agents;
    private final SideStories sideStories;
    private String interactionId;
    private String agentId;

    InteractionScript(Dice dice, Emitter emitter, AgentPool agents) {
        this.dice = dice;
        this.emitter = emitter;
        this.agents = agents;
        this.sideStories = new SideStories(dice, this);
    }

    Outcome run(long openedAt, String topic, double refusalFactor, boolean disabled, Reason forcedRefusal, long refuseNotBefore) {
        interactionId = emitter.ids().nextInteraction();
        agentId = agents.pick(dice);
        Priority priority = dice.weighted(PRIORITIES, PRIORITY_WEIGHTS);
        Category category = dice.weighted(CATEGORIES, CATEGORY_WEIGHTS);
        Channel channel = dice.weighted(CHANNELS, CHANNEL_WEIGHTS);
        customer(EventType.OPENED, openedAt).channel(channel).priority(priority).category(category).topic(topic)
                .queue(dice.chance(0.8) ? queue(category, priority) : null);
        quirks(openedAt, channel);
        sideStories.accommodation(openedAt, disabled);
        if (dice.chance(0.015)) {
            return new Outcome(openedAt, true);
        }
        long t1 = ServiceLevels.responseTarget(priority);
        long firstResponse = openedAt + firstResponseDelay(channel, t1);
        Reason refusal = forcedRefusal != null ? forcedRefusal
                : dice.chance(BASE_REFUSAL * refusalFactor) ? ReasonCatalog.refusal(dice) : null;
        if (refusal != null && forcedRefusal == null && dice.chance(0.4)) {
            refuse(firstResponse, refusal);
            return new Outcome(firstResponse, true);
        }
        sideStories.beforeFirstResponse(openedAt, firstResponse);
        agent(EventType.AGENT_REPLY, firstResponse);
        boolean late = firstResponse - openedAt > t1;
        long cursor = firstResponse;
        for (int round = dice.geometric(0.45, 6) - 1; round > 0; round--) {
            boolean waitsOnCustomer = dice.chance(0.2);
            if (waitsOnCustomer) {
                agent(EventType.STATUS_CHANGED, cursor + SECOND).status(Status.PENDING);
            }
            long message = cursor + dice.logNormal(waitsOnCustomer ? 10 * HOUR : 2 * HOUR, 1.0);
            customer(EventType.CUSTOMER_MESSAGE, message);
            if (waitsOnCustomer) {
                agent(EventType.STATUS_CHANGED, message).status(Status.OPEN); // the helpdesk reopens it on the answer
            }
            if (dice.chance(0.03)) {
                return new Outcome(message, true);
            }
            long reply = message + dice.logNormal((long) (t1 * ServiceLevels.RESPONSE_MEDIAN_SHARE), ServiceLevels.RESPONSE_SIGMA);
            agent(EventType.AGENT_REPLY, reply);
            late |= reply - message > t1;
            cursor = dice.chance(0.12) ? sideStories.callback(reply) : reply;
            cursor = dice.chance(0.04) ? sideStories.onHold(cursor) : cursor;
        }
        long t2 = ServiceLevels.resolutionTarget(priority);
        long resolution = Math.max(cursor + dice.between(MINUTE, 2 * HOUR),
                openedAt + dice.logNormal((long) (t2 * ServiceLevels.RESOLUTION_MEDIAN_SHARE), ServiceLevels.RESOLUTION_SIGMA));
        if (refusal != null) {
            long at = Math.max(resolution, refuseNotBefore);
            refuse(at, refusal);
            return new Outcome(at, true);
        }
        late |= resolution - openedAt > t2;
        agent(EventType.RESOLVED, resolution);
        long end = resolution;
        if (dice.chance(0.08)) {
            long reopened = end + dice.logNormal(2 * DAY, 0.8);
            customer(EventType.REOPENED, reopened);
            long reply = reopened + dice.logNormal((long) (t1 * ServiceLevels.RESPONSE_MEDIAN_SHARE), ServiceLevels.RESPONSE_SIGMA);
            agent(EventType.AGENT_REPLY, reply);
            if (dice.chance(0.15)) {
                return new Outcome(reply, true);
            }
            end = reply + dice.logNormal(DAY, 1.0);
            agent(EventType.RESOLVED, end);
        }
        sideStories.followUp(category, end);
        return new Outcome(end, late);
    }

    /** Phone and walk-in contacts are answered at once; written ones wait log-normally, now and then exactly at the target. */
    private long firstResponseDelay(Channel channel, long target) {
        if (channel == Channel.PHONE || channel == Channel.IN_PERSON) {
            return dice.chance(0.1) ? 0 : dice.between(SECOND, 10 * MINUTE);
        }
        if (dice.chance(0.01)) {
            return dice.chance(0.5) ? target : target + SECOND;
        }
        return dice.logNormal((long) (target * ServiceLevels.RESPONSE_MEDIAN_SHARE), ServiceLevels.RESPONSE_SIGMA);
    }

    /** Teams by category; urgent support goes to the second tier. */
    private static String queue(Category category, Priority priority) {
        return switch (category) {
            case COMPLAINT -> "complaints";
            case PURCHASE -> "sales";
            case SUPPORT -> priority.atLeast(Priority.HIGH) ? "support-tier2" : "support-tier1";
            case INQUIRY, OTHER -> "general";
        };
    }

    private void quirks(long openedAt, Channel channel) {
        if (dice.chance(0.003)) {
            customer(EventType.CUSTOMER_MESSAGE, openedAt - dice.between(SECOND, MINUTE));
        }
        if (dice.chance(0.003)) {
            customer(EventType.OPENED, openedAt + dice.between(MINUTE, 2 * HOUR))
                    .channel(channel).priority(dice.pick(PRIORITIES)).category(dice.pick(CATEGORIES));
        }
    }

    private void refuse(long at, Reason reason) {
        agent(EventType.REFUSED, at).reasonCode(reason.code()).reasonText(reason.text());
    }

    Event.Builder agent(EventType type, long at) {
        String actor = dice.chance(0.1) ? agents.pick(dice) : agentId;
        return emitter.emit(type, at, interactionId).agentId(actor);
    }

    Event.Builder customer(EventType type, long at) {
        return emitter.emit(type, at, interactionId);
    }
}
