package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Severity;
import org.junit.jupiter.api.Test;

import static com.servicepolicy.evaluator.reference.ReferenceEvaluatorTest.f;
import static com.servicepolicy.evaluator.reference.ReferenceEvaluatorTest.only;
import static com.servicepolicy.evaluator.reference.TestLog.DAY;
import static com.servicepolicy.evaluator.reference.TestLog.HOUR;
import static com.servicepolicy.evaluator.reference.TestLog.SECOND;
import static org.assertj.core.api.Assertions.assertThat;

/** Follow-up, callback and repeat-contact boundaries of the reference. */
class FollowUpReferenceTest {

    @Test
    void followUpIsDueWithin72HoursOfTheFinalResolution() {
        TestLog log = new TestLog();
        resolved(log, "inTime", Category.COMPLAINT);
        log.event(EventType.FOLLOW_UP, "inTime", HOUR + 72 * HOUR);
        resolved(log, "late", Category.PURCHASE);
        log.event(EventType.FOLLOW_UP, "late", HOUR + 72 * HOUR + SECOND);
        resolved(log, "missing", Category.COMPLAINT);
        log.event(EventType.FOLLOW_UP, "missing", HOUR);
        resolved(log, "reopened", Category.COMPLAINT);
        log.event(EventType.REOPENED, "reopened", 2 * HOUR);
        resolved(log, "inquiry", Category.INQUIRY);
        assertThat(only(log.evaluate(HOUR + 72 * HOUR - SECOND), "FUP-001")).isEmpty();
        // the late follow-up has not happened yet at asOf, so both are missing then
        assertThat(only(log.evaluate(HOUR + 72 * HOUR), "FUP-001")).containsExactlyInAnyOrder(
                f("FUP-001", "missing", Severity.MINOR), f("FUP-001", "late", Severity.MINOR));
        assertThat(only(log.evaluate(10 * DAY), "FUP-001")).containsExactlyInAnyOrder(
                f("FUP-001", "missing", Severity.MINOR), f("FUP-001", "late", Severity.MINOR));
    }

    @Test
    void callbackContactMustComeByTheDueTime() {
        TestLog log = new TestLog();
        log.callback("kept", 0, 2 * HOUR);
        log.event(EventType.AGENT_REPLY, "kept", 2 * HOUR);
        var late = log.callback("late", 0, 2 * HOUR);
        log.event(EventType.RESOLVED, "late", 2 * HOUR + SECOND);
        var missed = log.callback("missed", 0, 2 * HOUR);
        log.event(EventType.AGENT_REPLY, "missed", 0);
        log.event(EventType.CUSTOMER_MESSAGE, "missed", HOUR);
        log.callback("followedUp", 0, 2 * HOUR);
        log.event(EventType.FOLLOW_UP, "followedUp", HOUR);
        assertThat(only(log.evaluate(2 * HOUR), "FUP-002")).isEmpty();
        assertThat(only(log.evaluate(2 * HOUR + SECOND), "FUP-002")).containsExactlyInAnyOrder(
                f("FUP-002", late.getEventId(), Severity.MAJOR), f("FUP-002", missed.getEventId(), Severity.MAJOR));
    }

    @Test
    void thirdContactOnATopicWithin168HoursIsARepeatContact() {
        TestLog log = new TestLog();
        log.opened("first", "c1", 0, "billing");
        log.opened("second", "c1", 100 * HOUR, "billing");
        log.opened("third", "c1", 168 * HOUR, "billing");
        log.opened("fourth", "c1", 168 * HOUR + SECOND, "billing");
        log.opened("otherTopic", "c1", 169 * HOUR, "login");
        log.opened("otherCustomer", "c2", 169 * HOUR, "billing");
        log.opened("noTopic", "c1", 169 * HOUR, "");
        assertThat(only(log.evaluate(10 * DAY), "FUP-003")).containsExactlyInAnyOrder(
                f("FUP-003", "third", Severity.MINOR), f("FUP-003", "fourth", Severity.MINOR));
    }

    private static void resolved(TestLog log, String id, Category category) {
        log.opened(id, 0, Priority.NORMAL, category);
        log.event(EventType.RESOLVED, id, HOUR);
    }
}
