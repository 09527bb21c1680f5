package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Severity;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static com.servicepolicy.evaluator.reference.TestLog.DAY;
import static com.servicepolicy.evaluator.reference.TestLog.HOUR;
import static com.servicepolicy.evaluator.reference.TestLog.SECOND;
import static org.assertj.core.api.Assertions.assertThat;

/** Responsiveness boundaries: exactly at the threshold is fine, one second past is a violation. */
class ReferenceEvaluatorTest {

    static Set<Finding> only(Set<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).collect(Collectors.toSet());
    }

    static Finding f(String code, String subject, Severity severity) {
        return new Finding(code, subject, severity);
    }

    @Test
    void firstResponseExactlyAtTargetIsInTimeOneSecondLaterIsLate() {
        TestLog log = new TestLog();
        log.opened("i1", 0, Priority.NORMAL, Category.INQUIRY);
        log.event(EventType.AGENT_REPLY, "i1", 24 * HOUR);
        log.opened("i2", 0, Priority.NORMAL, Category.INQUIRY);
        log.event(EventType.AGENT_REPLY, "i2", 24 * HOUR + SECOND);
        log.opened("i3", 0, Priority.HIGH, Category.INQUIRY);
        log.event(EventType.RESOLVED, "i3", 4 * HOUR + SECOND);
        log.opened("i4", 0, Priority.URGENT, Category.INQUIRY);
        log.refused("i4", HOUR + SECOND, "NON_PAYMENT", null);
        log.opened("i5", 0, Priority.LOW, Category.INQUIRY);
        log.event(EventType.AGENT_REPLY, "i5", 72 * HOUR);
        assertThat(only(log.evaluate(5 * DAY), "RESP-001")).containsExactlyInAnyOrder(
                f("RESP-001", "i2", Severity.MINOR), f("RESP-001", "i3", Severity.MAJOR), f("RESP-001", "i4", Severity.MAJOR));
    }

    @Test
    void unansweredInteractionIsAtRiskFrom75PercentUpToTheTargetThenLate() {
        TestLog log = new TestLog();
        log.opened("i1", 0, Priority.NORMAL, Category.INQUIRY);
        assertThat(log.evaluate(18 * HOUR - SECOND)).isEmpty();
        assertThat(log.evaluate(18 * HOUR)).containsExactly(f("RESP-004", "i1", Severity.INFO));
        assertThat(log.evaluate(24 * HOUR)).containsExactly(f("RESP-004", "i1", Severity.INFO));
        assertThat(log.evaluate(24 * HOUR + SECOND)).containsExactly(f("RESP-001", "i1", Severity.MINOR));
    }

    @Test
    void eventsAfterAsOfAndBeforeOpenedAreIgnored() {
        TestLog log = new TestLog();
        log.event(EventType.AGENT_REPLY, "i1", -HOUR);
        log.opened("i1", 0, Priority.NORMAL, Category.INQUIRY);
        log.event(EventType.AGENT_REPLY, "i1", 30 * HOUR);
        assertThat(only(log.evaluate(25 * HOUR), "RESP-001")).containsExactly(f("RESP-001", "i1", Severity.MINOR));
    }

    @Test
    void sameInstantIsOrderedBySequence() {
        TestLog log = new TestLog();
        log.event(EventType.AGENT_REPLY, "early", 0);
        log.opened("early", 0, Priority.NORMAL, Category.INQUIRY);
        log.opened("late", 0, Priority.NORMAL, Category.INQUIRY);
        log.event(EventType.AGENT_REPLY, "late", 0);
        assertThat(only(log.evaluate(25 * HOUR), "RESP-001")).containsExactly(f("RESP-001", "early", Severity.MINOR));
    }

    @Test
    void laterOpenedEventsDoNotRestartTheInteraction() {
        TestLog log = new TestLog();
        log.opened("i1", 0, Priority.URGENT, Category.INQUIRY);
        log.opened("i1", 2 * HOUR, Priority.LOW, Category.INQUIRY);
        log.event(EventType.AGENT_REPLY, "i1", 3 * HOUR);
        assertThat(only(log.evaluate(3 * HOUR), "RESP-001")).containsExactly(f("RESP-001", "i1", Severity.MAJOR));
    }

    @Test
    void nextReplyClockStartsAtFirstCustomerMessageAfterTheFirstResponse() {
        TestLog log = new TestLog();
        log.opened("i1", 0, Priority.NORMAL, Category.INQUIRY);
        log.event(EventType.CUSTOMER_MESSAGE, "i1", HOUR / 2);
        log.event(EventType.AGENT_REPLY, "i1", HOUR);
        var start = log.event(EventType.CUSTOMER_MESSAGE, "i1", 2 * HOUR);
        log.event(EventType.CUSTOMER_MESSAGE, "i1", 3 * HOUR);
        log.event(EventType.AGENT_REPLY, "i1", 26 * HOUR);
        log.opened("i2", 0, Priority.NORMAL, Category.INQUIRY);
        log.event(EventType.AGENT_REPLY, "i2", HOUR);
        var late = log.event(EventType.CUSTOMER_MESSAGE, "i2", 2 * HOUR);
        log.event(EventType.AGENT_REPLY, "i2", 26 * HOUR + SECOND);
        assertThat(only(log.evaluate(5 * DAY), "RESP-002")).containsExactly(f("RESP-002", late.getEventId(), Severity.MINOR));
        assertThat(start.getEventId()).isNotEqualTo(late.getEventId());
    }

    @Test
    void reopeningStartsANextReplyClockThatMayStillRunAtAsOf() {
        TestLog log = new TestLog();
        log.opened("i1", 0, Priority.URGENT, Category.INQUIRY);
        log.event(EventType.RESOLVED, "i1", HOUR);
        var reopened = log.event(EventType.REOPENED, "i1", 2 * HOUR);
        assertThat(only(log.evaluate(3 * HOUR), "RESP-002")).isEmpty();
        assertThat(only(log.evaluate(3 * HOUR + SECOND), "RESP-002"))
                .containsExactly(f("RESP-002", reopened.getEventId(), Severity.MAJOR));
    }

    @Test
    void resolutionExactlyAtTargetIsInTimeAndRefusalCountsAsResolution() {
        TestLog log = new TestLog();
        log.opened("i1", 0, Priority.NORMAL, Category.INQUIRY);
        log.event(EventType.RESOLVED, "i1", 168 * HOUR);
        log.opened("i2", 0, Priority.NORMAL, Category.INQUIRY);
        log.event(EventType.RESOLVED, "i2", 168 * HOUR + SECOND);
        log.opened("i3", 0, Priority.URGENT, Category.INQUIRY);
        log.refused("i3", 24 * HOUR + SECOND, "NON_PAYMENT", null);
        log.opened("i4", 0, Priority.HIGH, Category.INQUIRY);
        log.event(EventType.AGENT_REPLY, "i4", HOUR);
        assertThat(only(log.evaluate(72 * HOUR), "RESP-003")).containsExactly(f("RESP-003", "i3", Severity.MAJOR));
        assertThat(only(log.evaluate(72 * HOUR + SECOND), "RESP-003"))
                .containsExactlyInAnyOrder(f("RESP-003", "i3", Severity.MAJOR), f("RESP-003", "i4", Severity.MINOR));
        assertThat(only(log.evaluate(30 * DAY), "RESP-003")).containsExactlyInAnyOrder(f("RESP-003", "i2", Severity.MINOR),
                f("RESP-003", "i3", Severity.MAJOR), f("RESP-003", "i4", Severity.MINOR));
    }
}
