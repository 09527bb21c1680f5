package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EvaluatorTest {
    static RuleSet rules;

    @BeforeAll
    static void load() throws RuleSetException {
        rules = RuleSetLoader.load(Path.of("rules"));
    }

    private static List<Violation> evaluate(Events log, String asOf) {
        return new Evaluator(rules).evaluate(log.list(), List.of(), Events.at(asOf)).violations();
    }

    @Test
    void lateFirstResponseOnHighPriorityIsMajorAndAsksToReviewStaffing() {
        Events log = new Events().opened("0s", Priority.HIGH).add(EventType.AGENT_REPLY, "4h 1s");
        assertThat(evaluate(log, "5h")).filteredOn(v -> v.code().equals("RESP-001"))
                .singleElement().satisfies(v -> {
                    assertThat(v.subject()).isEqualTo("I1");
                    assertThat(v.severity()).isEqualTo(Severity.MAJOR);
                    assertThat(v.actions()).extracting(a -> a.code()).containsExactly("REVIEW_STAFFING");
                    assertThat(v.measured()).isEqualTo(4.000278);
                    assertThat(v.threshold()).isEqualTo(4.0);
                    assertThat(v.unit()).isEqualTo("h");
                    assertThat(v.name()).isEqualTo("FIRST_RESPONSE_LATE");
                    assertThat(v.policy()).isEqualTo("responsiveness");
                    assertThat(v.message()).isEqualTo("First response after 4h 1s; target 4h for HIGH priority");
                });
    }

    @Test
    void firstResponseExactlyAtTargetIsOnTime() {
        Events log = new Events().opened("0s", Priority.HIGH).add(EventType.AGENT_REPLY, "4h");
        assertThat(evaluate(log, "5h")).extracting(Violation::code).doesNotContain("RESP-001");
    }

    @Test
    void everyCodeCanFireFromOneLog() {
        Events log = new Events()
                .opened("0s", Priority.URGENT, Category.COMPLAINT)                        // RESP-001 (no reply), RESP-003
                .interaction("I2").opened("0s", Priority.NORMAL, Category.PURCHASE)
                .add(EventType.AGENT_REPLY, "1h").add(EventType.CUSTOMER_MESSAGE, "2h")     // RESP-002
                .add(EventType.RESOLVED, "27h")                                            // FUP-001 (no follow-up)
                .interaction("I3").opened("10d", Priority.LOW)                              // RESP-004 (at 60h of 72h)
                .interaction("I4").add(EventType.REFUSED, "1h", b -> b.reasonCode("NO_REASON"))       // FAIR-001
                .interaction("I5").add(EventType.REFUSED, "1h", b -> b.reasonCode("RELIGION"))        // FAIR-002
                .interaction("I6").add(EventType.ACCOMMODATION_DENIED, "1h")                            // FAIR-004
                .interaction("I7").add(EventType.ACCOMMODATION_REQUESTED, "1h")                         // FAIR-005
                .add(EventType.REVIEW_POSTED, "2h", b -> b.rating(1))
                .interaction("I8").add(EventType.REFUSED, "3h", b -> b.reasonCode("NON_PAYMENT"))     // FAIR-006
                .interaction("I9").add(EventType.CALLBACK_PROMISED, "1h", b -> b.dueAt(Events.at("2h")))  // FUP-002
                .interaction("T1").opened("1d", Priority.LOW, Category.SUPPORT).add(EventType.AGENT_REPLY, "1d", b -> {})
                .interaction("T2").opened("2d", Priority.LOW, Category.SUPPORT)
                .interaction("T3").opened("3d", Priority.LOW, Category.SUPPORT);
        List<Event> events = new ArrayList<>(log.list());
        // topic is only on OPENED; rebuild T1..T3 with a topic
        events.replaceAll(e -> e.getType() == EventType.OPENED && e.getInteractionId().startsWith("T")
                ? Event.builder().eventId(e.getEventId()).type(e.getType()).atMillis(e.getAt()).customerId("C1")
                    .interactionId(e.getInteractionId()).priority(Priority.LOW).category(Category.SUPPORT)
                    .topic("billing").sequence(e.getSequence()).build()
                : e);
        var result = new Evaluator(rules).evaluate(events, List.of(), Events.at("12d 12h"));
        assertThat(result.violations()).extracting(Violation::code).contains(
                "RESP-001", "RESP-002", "RESP-003", "RESP-004", "FAIR-001", "FAIR-002", "FAIR-004",
                "FAIR-005", "FAIR-006", "FUP-001", "FUP-002", "FUP-003");
        assertThat(result.violations()).filteredOn(v -> v.code().equals("FUP-003"))
                .extracting(Violation::subject).containsExactly("T3");
        assertThat(result.rulesVersion()).isEqualTo(rules.version());
    }

    @Test
    void disparateRefusalRateIsJudgedOverTheWholeLogAcrossGroups() {
        Events log = new Events();
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String group = i < 50 ? "yes" : "no";
            String customer = "C" + i;
            customers.add(new Customer(customer, Map.of("disability", group)));
            log.customer(customer).interaction("I" + i).opened("0s", Priority.NORMAL);
            boolean refused = group.equals("yes") ? i % 5 != 0 : i % 10 == 0; // 80 % against 10 %
            if (refused) {
                log.add(EventType.REFUSED, "1h", b -> b.reasonCode("CAPACITY_LIMIT"));
            }
        }
        EvaluationLimits smallGroups = new EvaluationLimits(3, 50, 10_000, Duration.ofSeconds(10));
        var result = new Evaluator(rules, smallGroups).evaluate(log.list(), customers, Events.at("2h"));
        assertThat(result.stats().sessions()).isGreaterThan(10);
        assertThat(result.violations()).filteredOn(v -> v.code().equals("FAIR-003"))
                .extracting(Violation::subject, Violation::measured, Violation::threshold, Violation::unit,
                        Violation::customerId, Violation::interactionId)
                .containsExactly(tuple("disability=yes", 8.0, 1.25, "ratio", null, null));
    }

    @Test
    void groupingDoesNotChangeTheResult() {
        Events log = new Events();
        for (int i = 0; i < 40; i++) {
            log.customer("C" + (i % 7)).interaction("I" + i).opened(i + "h", Priority.values()[i % 4])
                    .add(EventType.AGENT_REPLY, (i + i % 6) + "h 30m")
                    .add(EventType.CUSTOMER_MESSAGE, (i + 8) + "h")
                    .add(EventType.RESOLVED, (i * 3) + "h");
        }
        var one = new Evaluator(rules, new EvaluationLimits(1, 50, 10_000, Duration.ofSeconds(10)))
                .evaluate(log.list(), List.of(), Events.at("5d"));
        var all = new Evaluator(rules).evaluate(log.list(), List.of(), Events.at("5d"));
        assertThat(one.violations()).isNotEmpty().isEqualTo(all.violations());
        assertThat(one.stats().sessions()).isGreaterThan(all.stats().sessions());
    }

    @Test
    void eventsAfterAsOfAreIgnoredAndCounted() {
        Events log = new Events().opened("0s", Priority.HIGH).add(EventType.AGENT_REPLY, "5h");
        var result = new Evaluator(rules).evaluate(log.list(), List.of(), Events.at("4h 30m"));
        assertThat(result.stats().afterAsOf()).isEqualTo(1);
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("RESP-001");
            assertThat(v.actions()).extracting(a -> a.code()).containsExactly("REPLY_NOW");
        });
    }

    @Test
    void refusalCountsFedFromOutsideJoinTheWholeLogTally() {
        EvaluationRun run = new Evaluator(rules).start(Events.at("1d"), List.of(), false);
        run.addRefusalCounts("religion", "a", 100, 40);
        run.addRefusalCounts("religion", "b", 60, 3);
        run.addRefusalCounts("religion", "b", 40, 2);
        assertThat(run.finish().violations()).extracting(Violation::code, Violation::subject, Violation::measured)
                .containsExactly(tuple("FAIR-003", "religion=a", 8.0));
        EvaluationRun wrong = new Evaluator(rules).start(Events.at("1d"), List.of(), false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wrong.addRefusalCounts("religion", "a", 5, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
