package com.servicepolicy.evaluator.policy;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;

/**
 * An interaction as its OPENED event describes it, with its priority and status as they stand at asOf.
 * Only interactions with an OPENED event exist.
 */
public final class Interaction {
    private final String interactionId;
    private final String customerId;
    private final String openedEventId;
    private final long openedAt;
    private final Channel channel;
    private final Priority priority;
    private final Category category;
    private final String topic;
    private final boolean refused;
    private final String queue;
    private final Status status;

    public Interaction(String interactionId, String customerId, String openedEventId, long openedAt,
                       Channel channel, Priority priority, Category category, String topic, boolean refused,
                       String queue, Status status) {
        this.interactionId = interactionId;
        this.customerId = customerId;
        this.openedEventId = openedEventId;
        this.openedAt = openedAt;
        this.channel = channel;
        this.priority = priority;
        this.category = category;
        this.topic = topic == null || topic.isEmpty() ? null : topic;
        this.refused = refused;
        this.queue = queue;
        this.status = status;
    }

    public String getInteractionId() { return interactionId; }
    public String getCustomerId() { return customerId; }
    public String getOpenedEventId() { return openedEventId; }
    public long getOpenedAt() { return openedAt; }
    public Channel getChannel() { return channel; }
    /** The priority in effect at asOf: the OPENED's, changed by each PRIORITY_CHANGED since. */
    public Priority getPriority() { return priority; }
    public Category getCategory() { return category; }
    /** Topic key, or null when absent or empty. */
    public String getTopic() { return topic; }
    /** True when the interaction has a REFUSED event by asOf. */
    public boolean isRefused() { return refused; }
    /** The queue the OPENED routed it to, or null. */
    public String getQueue() { return queue; }
    /** The workflow status at asOf. */
    public Status getStatus() { return status; }

    @Override
    public String toString() {
        return "interaction " + interactionId + " (" + priority + " " + category + ", opened by " + openedEventId + ")";
    }
}
