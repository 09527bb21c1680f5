package com.servicepolicy.evaluator.explain;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.ClockKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainerTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleSetLoader.load(java.nio.file.Path.of("rules"));
    }

    private static Event event(String id, EventType type, Duration after, Priority priority) {
        return Event.builder().eventId(id).type(type).at(START.plus(after)).customerId("C1").interactionId("I1")
                .priority(priority).build();
    }

    @Test
    void explainsAFiredRuleWithItsMatchedClockAndWhyTheOthersDidNot() {
        List<Event> log = List.of(
                event("e1", EventType.OPENED, Duration.ZERO, Priority.HIGH),
                event("e2", EventType.AGENT_REPLY, Duration.ofHours(4).plusSeconds(1), null),
                Event.builder().eventId("other").type(EventType.OPENED).at(START).customerId("C2").interactionId("I2").build());

        InteractionExplanation x = new Explainer(rules).explain(log, List.of(), START.plus(Duration.ofHours(5)), "I1");

        assertThat(x.timeline()).extracting(InteractionExplanation.TimelineEntry::eventId).containsExactly("e1", "e2");
        assertThat(x.clocks()).filteredOn(c -> c.kind() == ClockKind.FIRST_RESPONSE).singleElement().satisfies(c -> {
            assertThat(c.late()).isTrue();
            assertThat(c.targetMillis()).isEqualTo(Duration.ofHours(4).toMillis());
            assertThat(c.summary()).isEqualTo("stopped by e2 after 4h 1s, 1s past T1 for HIGH priority (4h)");
        });
        assertThat(x.fired()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("RESP-001");
            assertThat(f.matchedFacts()).singleElement().asString().startsWith("FIRST_RESPONSE clock of I1 from e1 to e2");
        });
        assertThat(x.notFired()).extracting(InteractionExplanation.NotFiredRule::code).doesNotContain("RESP-001")
                .hasSize(rules.rules().size() - 1);
        assertThat(reason(x, "RESP-003")).isEqualTo("running for 5h, within T2 for HIGH priority (3d)");
        assertThat(reason(x, "RESP-004")).isEqualTo("warns while no agent response has come and the wait is from 75 % of"
                + " T1 for HIGH priority (4h) up to it; this clock is stopped by e2 after 4h 1s, 1s past T1 for HIGH priority (4h)");
        assertThat(reason(x, "FAIR-001")).isEqualTo("no REFUSED event");
        assertThat(reason(x, "FUP-003")).isEqualTo("e1 opened the interaction on topic (none): the customer opened fewer"
                + " than 2 other interactions on it in the 168h before");
    }

    @Test
    void saysHowFarAnUnansweredInteractionIsFromTheWarning() {
        List<Event> log = List.of(event("e1", EventType.OPENED, Duration.ZERO, Priority.NORMAL));

        InteractionExplanation x = new Explainer(rules).explain(log, List.of(), START.plus(Duration.ofHours(3)), "I1");

        assertThat(x.fired()).isEmpty();
        assertThat(reason(x, "RESP-001")).isEqualTo("running for 3h, within T1 for NORMAL priority (1d)");
        assertThat(reason(x, "RESP-004")).isEqualTo("warns while no agent response has come and the wait is from 75 % of"
                + " T1 for NORMAL priority (1d) up to it; this clock is running for 3h, within T1 for NORMAL priority (1d)");
        assertThat(reason(x, "RESP-002")).isEqualTo("no NEXT_REPLY clock: it starts at a CUSTOMER_MESSAGE or REOPENED after"
                + " the first agent response");
    }

    private static String reason(InteractionExplanation x, String code) {
        return x.notFired().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow().reason();
    }
}
