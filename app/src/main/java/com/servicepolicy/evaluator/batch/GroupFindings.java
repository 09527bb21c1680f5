package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.policy.Violation;
import com.servicepolicy.evaluator.night.ResponseTimes;
import com.servicepolicy.evaluator.night.SeenViolation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the night keeps from one evaluated group besides its violations: the agent related to each
 * violation, and the first-response times of interactions opened during the night.
 *
 * <p>Agent of a violation: the {@code agentId} of its cause event when that event names one (a
 * refusal, a denial, a promise); otherwise the first agent named on its interaction, in timeline
 * order (who picked it up); otherwise unknown (null). Queue of a violation: that of its interaction (the
 * {@code queue} of its OPENED event, else channel/priority), as the report's slowest queues name it.
 */
final class GroupFindings {
    static final String QUEUE = "queue";
    static final String AGENT = "agent";

    private final Map<String, String> agentOfEvent = new HashMap<>();
    private final Map<String, String> firstAgentOfInteraction = new HashMap<>();
    private final Map<String, String> queueOfInteraction = new HashMap<>();
    private final Map<String, ResponseTimes> times = new HashMap<>();

    /**
     * {@code events} in timeline order per customer, as the event store returns them; {@code violations}, what the
     * rules found in them: only their cause events' agents are kept (a map of every event's agent was a tenth of a
     * large night's evaluate step on its main thread).
     */
    GroupFindings(List<Event> events, List<Violation> violations, long dayStart, long asOf) {
        Set<String> causes = new java.util.HashSet<>();
        for (Violation v : violations) {
            if (v.eventId() != null) {
                causes.add(v.eventId());
            }
        }
        Map<String, Event> opened = new HashMap<>();
        Set<String> answered = new java.util.HashSet<>();
        for (Event e : events) {
            if (e.getAgentId() != null) {
                if (causes.contains(e.getEventId())) {
                    agentOfEvent.put(e.getEventId(), e.getAgentId());
                }
                if (e.getInteractionId() != null) {
                    firstAgentOfInteraction.putIfAbsent(e.getInteractionId(), e.getAgentId());
                }
            }
            String interaction = e.getInteractionId();
            if (interaction == null) {
                continue;
            }
            if (e.getType() == EventType.OPENED) {
                queueOfInteraction.putIfAbsent(interaction, queueOf(e));
            }
            if (e.getType() == EventType.OPENED && e.getAt() >= dayStart && e.getAt() <= asOf) {
                opened.putIfAbsent(interaction, e);
            } else if (e.isAgentResponse() && opened.containsKey(interaction) && answered.add(interaction)
                    && e.getAt() <= asOf) {
                Event o = opened.get(interaction);
                long millis = Math.max(0, e.getAt() - o.getAt());
                add(QUEUE, queueOf(o), millis);
                add(AGENT, e.getAgentId() == null ? "(unknown)" : e.getAgentId(), millis);
            }
        }
    }

    /** {@code v}, one of the violations this was made with, with its agent and queue. */
    SeenViolation withAgent(Violation v) {
        String agent = v.eventId() == null ? null : agentOfEvent.get(v.eventId());
        if (agent == null && v.interactionId() != null) {
            agent = firstAgentOfInteraction.get(v.interactionId());
        }
        return new SeenViolation(v, agent, v.interactionId() == null ? null : queueOfInteraction.get(v.interactionId()));
    }

    /** The queue an interaction was routed to; without one, its channel and priority. */
    private static String queueOf(Event opened) {
        return opened.getQueue() != null ? opened.getQueue()
                : (opened.getChannel() == null ? "UNKNOWN" : opened.getChannel().name()) + "/" + opened.getPriority();
    }

    Collection<ResponseTimes> responseTimes() {
        return times.values();
    }

    private void add(String dimension, String key, long millis) {
        times.merge(dimension + '\u0000' + key, new ResponseTimes(dimension, key, 1, millis, millis),
                (a, b) -> new ResponseTimes(dimension, key, a.responses() + 1, a.totalMillis() + millis,
                        Math.max(a.maxMillis(), millis)));
    }
}
