package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.event.Event;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioParserTest {

    @Test
    void fillsInRelativeTimesInheritedIdsGeneratedEventIdsAndRepeats() {
        ScenarioParser.Parsed parsed = ScenarioParser.parse("x.test.yaml", """
                start: 2026-03-02T09:00:00Z
                customerId: C9
                scenarios:
                  - name: one
                    interactionId: T-1
                    events:
                      - { at: +0s, type: OPENED }
                      - { at: +4h 1s, type: CALLBACK_PROMISED, id: P1, dueAt: +5h }
                      - { at: -1h, type: REVIEW_POSTED, rating: 2 }
                      - { repeat: 2, at: +1d, type: OPENED, interactionId: "R{n}" }
                    asOf: +6h
                    expect:
                      excludes: [FUP-002]
                """);

        assertThat(parsed.problems()).isEmpty();
        Scenario s = parsed.scenarios().get(0);
        assertThat(s.line()).isEqualTo(4);
        assertThat(s.asOf()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
        assertThat(s.events()).extracting(Event::getEventId).containsExactly("e1", "P1", "e3", "e4-1", "e4-2");
        assertThat(s.events()).extracting(Event::getInteractionId).containsExactly("T-1", "T-1", null, "R1", "R2");
        assertThat(s.events()).extracting(Event::getCustomerId).containsOnly("C9");
        assertThat(s.events().get(1).instant()).isEqualTo(Instant.parse("2026-03-02T13:00:01Z"));
        assertThat(s.events().get(1).getDueAt()).isEqualTo(Instant.parse("2026-03-02T14:00:00Z").toEpochMilli());
        assertThat(s.events().get(2).instant()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(s.excludes()).singleElement().satisfies(x -> assertThat(x.subject()).isNull());
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        ScenarioParser.Parsed parsed = ScenarioParser.parse("x.test.yaml", """
                scenarios:
                  - name: no start
                    events:
                      - { at: +1h, type: OPENNED }
                      - { at: tomorrow, type: OPENED, priority: HIGH }
                """);

        assertThat(parsed.scenarios()).isEmpty();
        assertThat(parsed.problems()).extracting(Finding::toString).containsExactly(
                "x.test.yaml:1:1: error: no start instant: give 'start:' in the scenario or at the top of the file",
                "x.test.yaml:4:20: error: unknown type 'OPENNED'",
                "x.test.yaml:5:11: error: 'tomorrow' is neither an instant with offset (2026-03-02T09:00:00Z) nor relative (+4h 1s)",
                "x.test.yaml:2:5: error: scenario needs 'expect:' with exact, includes or excludes");
    }

    /**
     * qa15: scenario events skipped the contract's checks, so a scenario could pass on an event from 1960, a
     * 600-character id or a PRIORITY_CHANGED without priority, none of which a door hands to the rules.
     */
    @Test
    void anEventNoDoorWouldTakeIsAProblemNamingItsField() {
        ScenarioParser.Parsed parsed = ScenarioParser.parse("x.test.yaml", """
                start: 2026-03-02T09:00:00Z
                scenarios:
                  - name: impossible events
                    events:
                      - { at: 1960-01-01T00:00:00Z, type: OPENED }
                      - { at: +1h, type: OPENED, interactionId: %s }
                      - { at: +2h, type: PRIORITY_CHANGED }
                      - { at: +3h, type: AGENT_REPLY, agentId: A1 }
                    expect:
                      exact: []
                """.formatted("x".repeat(600)));

        assertThat(parsed.problems()).extracting(Finding::toString).containsExactly(
                "x.test.yaml:5:9: error: no door would take this event: at: outside the contract's range "
                        + "1970-01-01T00:00:00Z to 2999-12-31T23:59:59Z, got '1960-01-01T00:00:00Z'",
                "x.test.yaml:6:9: error: no door would take this event: interactionId: longer than 512 characters (600)",
                "x.test.yaml:7:9: error: no door would take this event: priority: required on PRIORITY_CHANGED");
    }
}
