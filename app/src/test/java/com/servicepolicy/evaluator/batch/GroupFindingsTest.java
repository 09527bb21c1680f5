package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The agent and queue the night stores with each violation. */
class GroupFindingsTest {
    private static final List<Event> EVENTS = List.of(
            event("o", EventType.OPENED, "i", null, 0).channel(Channel.EMAIL).queue("billing").build(),
            event("r1", EventType.AGENT_REPLY, "i", "first", 10).build(),
            event("r2", EventType.AGENT_REPLY, "i", "second", 20).build(),
            event("x", EventType.REFUSED, "i", "refuser", 30).build(),
            event("o2", EventType.OPENED, "j", null, 40).build());

    @Test
    void aViolationNamesItsCauseEventsAgentElseTheFirstAgentOfItsInteraction() {
        List<Violation> violations = List.of(violation("x", "i"), violation(null, "i"), violation("o", "i"),
                violation("o2", "j"), violation(null, null));
        GroupFindings findings = new GroupFindings(EVENTS, violations, 0, 100);

        assertThat(violations.stream().map(findings::withAgent).map(SeenViolation::agentId))
                .containsExactly("refuser", "first", "first", null, null);
        assertThat(violations.stream().map(findings::withAgent).map(SeenViolation::queue))
                .containsExactly("billing", "billing", "billing", "UNKNOWN/NORMAL", null);
    }

    private static Event.Builder event(String id, EventType type, String interaction, String agent, long at) {
        return Event.builder().eventId(id).type(type).interactionId(interaction).customerId("c").agentId(agent)
                .atMillis(at);
    }

    private static Violation violation(String eventId, String interactionId) {
        return new Violation("RESP-001", "name", "policy", Severity.MAJOR, "s", "c", interactionId, eventId, null, null,
                null, "message", List.of(), "rule", null);
    }
}
