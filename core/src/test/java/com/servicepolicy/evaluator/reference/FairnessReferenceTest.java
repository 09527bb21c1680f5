package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Severity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.servicepolicy.evaluator.reference.ReferenceEvaluatorTest.f;
import static com.servicepolicy.evaluator.reference.ReferenceEvaluatorTest.only;
import static com.servicepolicy.evaluator.reference.TestLog.DAY;
import static com.servicepolicy.evaluator.reference.TestLog.HOUR;
import static com.servicepolicy.evaluator.reference.TestLog.SECOND;
import static org.assertj.core.api.Assertions.assertThat;

/** Refusal, accommodation and retaliation boundaries of the reference. */
class FairnessReferenceTest {

    @Test
    void refusalReasonsAreJudgedByCodeAndWholeWordProtectedTerms() {
        TestLog log = new TestLog();
        var legitimate = log.refused("i1", 0, "NON_PAYMENT", "accents on letters broke the form");
        var missing = log.refused("i2", 0, null, null);
        var homeMade = log.refused("i3", 0, "MANAGER_DECISION", null);
        var ground = log.refused("i4", 0, "RACE", null);
        var term = log.refused("i5", 0, "NON_PAYMENT", "customer has a strong Accent");
        var phrase = log.refused("i6", 0, null, "he is too   old");
        var fine = log.refused("i7", 0, "SAFETY_RISK", "unblinded trial, raceway closed");
        var all = log.evaluate(HOUR);
        assertThat(only(all, "FAIR-001")).containsExactlyInAnyOrder(
                f("FAIR-001", missing.getEventId(), Severity.MAJOR), f("FAIR-001", homeMade.getEventId(), Severity.MAJOR));
        assertThat(only(all, "FAIR-002")).containsExactlyInAnyOrder(f("FAIR-002", ground.getEventId(), Severity.CRITICAL),
                f("FAIR-002", term.getEventId(), Severity.CRITICAL), f("FAIR-002", phrase.getEventId(), Severity.CRITICAL));
        assertThat(all).noneMatch(x -> x.subject().equals(legitimate.getEventId()) || x.subject().equals(fine.getEventId()));
    }

    @Test
    void accommodationDenialNeedsALegitimateReason() {
        TestLog log = new TestLog();
        log.event(EventType.ACCOMMODATION_REQUESTED, "i1", 0);
        log.denied("i1", HOUR, "UNDUE_BURDEN");
        log.event(EventType.ACCOMMODATION_REQUESTED, "i2", 0);
        var none = log.denied("i2", HOUR, null);
        log.event(EventType.ACCOMMODATION_REQUESTED, "i3", 0);
        var cost = log.denied("i3", HOUR, "COST");
        assertThat(log.evaluate(DAY)).containsExactlyInAnyOrder(
                f("FAIR-004", none.getEventId(), Severity.MAJOR), f("FAIR-004", cost.getEventId(), Severity.MAJOR));
    }

    @Test
    void accommodationMustBeAnsweredWithin120Hours() {
        TestLog log = new TestLog();
        log.event(EventType.ACCOMMODATION_REQUESTED, "i1", 0);
        log.event(EventType.ACCOMMODATION_GRANTED, "i1", 120 * HOUR);
        var late = log.event(EventType.ACCOMMODATION_REQUESTED, "i2", 0);
        log.event(EventType.ACCOMMODATION_GRANTED, "i2", 120 * HOUR + SECOND);
        var unanswered = log.event(EventType.ACCOMMODATION_REQUESTED, "i3", 0);
        log.event(EventType.ACCOMMODATION_GRANTED, "i3", -SECOND);
        log.event(EventType.ACCOMMODATION_GRANTED, "i4", 0);
        var sameInstantAnsweredBefore = log.event(EventType.ACCOMMODATION_REQUESTED, "i4", 0);
        assertThat(only(log.evaluate(120 * HOUR), "FAIR-005")).isEmpty();
        assertThat(only(log.evaluate(120 * HOUR + SECOND), "FAIR-005")).containsExactlyInAnyOrder(
                f("FAIR-005", late.getEventId(), Severity.MAJOR), f("FAIR-005", unanswered.getEventId(), Severity.MAJOR),
                f("FAIR-005", sameInstantAnsweredBefore.getEventId(), Severity.MAJOR));
    }

    @Test
    void refusalWithin30DaysAfterALowReviewIsRetaliation() {
        TestLog log = new TestLog();
        log.review("c1", 0, 2);
        log.review("c1", 0, 3);
        var inWindow = log.refused("i1", 30 * DAY, "NON_PAYMENT", null);
        var outside = log.refused("i2", 30 * DAY + SECOND, "NON_PAYMENT", null);
        log.review("c1", 40 * DAY, 1);
        var sameInstant = log.refused("i3", 40 * DAY, "NON_PAYMENT", null);
        log.review("c1", 80 * DAY + SECOND, 1);
        var before = log.refused("i4", 80 * DAY, "NON_PAYMENT", null);
        var all = only(log.evaluate(90 * DAY), "FAIR-006");
        assertThat(all).containsExactlyInAnyOrder(f("FAIR-006", inWindow.getEventId(), Severity.CRITICAL),
                f("FAIR-006", sameInstant.getEventId(), Severity.CRITICAL));
        assertThat(all).noneMatch(x -> x.subject().equals(outside.getEventId()) || x.subject().equals(before.getEventId()));
    }

    @Test
    void disparateRefusalRateAtExactlyTheRatioIsAViolationWhenSignificant() {
        TestLog log = new TestLog();
        addGroup(log, "no", 3000, 300);
        addGroup(log, "yes", 3000, 375);
        addGroup(log, "unknown", 29, 29);
        addGroup(log, "maybe", 3000, 374);
        assertThat(only(log.evaluate(DAY), "FAIR-003")).containsExactly(f("FAIR-003", "disability=yes", Severity.MAJOR));
    }

    @Test
    void referenceGroupTiesGoToTheSmallestLabel() {
        TestLog log = new TestLog();
        addGroup(log, "b", 40, 0);
        addGroup(log, "a", 200, 0);
        addGroup(log, "c", 60, 5);
        // Fisher's exact test (few refusals): c against a (n=200) p ≈ 0.0006, Holm-adjusted over 2 tests 0.0012;
        // against b (n=40) it would be p ≈ 0.081
        assertThat(only(log.evaluate(DAY), "FAIR-003")).containsExactly(f("FAIR-003", "disability=c", Severity.MAJOR));
    }

    @Test
    void refusalsBeforeTheOpenedCountForTheDisparityAudit() {
        TestLog log = new TestLog();
        addGroup(log, "a", 100, 0);
        log.customer("cust-d", Map.of("disability", "d"));
        for (int i = 0; i < 40; i++) {
            if (i < 10) {
                log.refused("d-" + i, 0, "NON_PAYMENT", null);
            }
            log.opened("d-" + i, "cust-d", HOUR, null);
        }
        assertThat(only(log.evaluate(DAY), "FAIR-003")).containsExactly(f("FAIR-003", "disability=d", Severity.MAJOR));
    }

    /** One customer per group with {@code interactions} interactions, {@code refused} of them refused. */
    private static void addGroup(TestLog log, String group, int interactions, int refused) {
        String customer = "cust-" + group;
        log.customer(customer, Map.of("disability", group));
        for (int i = 0; i < interactions; i++) {
            String id = group + "-" + i;
            log.opened(id, customer, i * SECOND, null);
            if (i < refused) {
                log.refused(id, i * SECOND + 1, "NON_PAYMENT", null);
            }
        }
    }
}
