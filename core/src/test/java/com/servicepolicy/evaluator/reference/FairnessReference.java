package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** FAIR-001, 002, 004, 005 and 006, decisions 5 to 8. FAIR-003 is {@link DisparityReference}. */
final class FairnessReference {
    private final PolicySettings settings;
    private final long asOf;
    private final Findings findings;

    FairnessReference(PolicySettings settings, long asOf, Findings findings) {
        this.settings = settings;
        this.asOf = asOf;
        this.findings = findings;
    }

    /** Events already filtered to at ≤ asOf, in (at, sequence) order. */
    void checkEvents(List<Event> events) {
        Map<String, List<Long>> lowReviews = new HashMap<>();
        for (Event e : events) {
            if (e.getType() == EventType.REVIEW_POSTED && e.getRating() != null && e.getRating() <= settings.getRetaliationMaxRating()) {
                lowReviews.computeIfAbsent(e.getCustomerId(), k -> new ArrayList<>()).add(e.getAt());
            }
        }
        for (Event e : events) {
            if (e.getType() == EventType.REFUSED) {
                refusal(e, lowReviews.getOrDefault(e.getCustomerId(), List.of()));
            } else if (e.getType() == EventType.ACCOMMODATION_DENIED
                    && (e.getReasonCode() == null || !settings.getLegitimateDenialReasons().contains(e.getReasonCode()))) {
                findings.add("FAIR-004", e.getEventId(), Severity.MAJOR);
            }
        }
    }

    private void refusal(Event e, List<Long> lowReviewTimes) {
        String code = e.getReasonCode();
        if ((code != null && settings.getProtectedGrounds().contains(code)) || settings.mentionsProtectedTerm(e.getReasonText())) {
            findings.add("FAIR-002", e.getEventId(), Severity.CRITICAL);
        } else if (code == null || !settings.getLegitimateRefusalReasons().contains(code)) {
            findings.add("FAIR-001", e.getEventId(), Severity.MAJOR);
        }
        long r = e.getAt();
        for (long reviewAt : lowReviewTimes) {
            if (r - settings.getRetaliationWindow() <= reviewAt && reviewAt <= r) {
                findings.add("FAIR-006", e.getEventId(), Severity.CRITICAL);
                break;
            }
        }
    }

    /** FAIR-005 on one interaction's timeline; an OPENED is not needed. */
    void checkAccommodations(Timeline t) {
        List<Event> events = t.events;
        for (int i = 0; i < events.size(); i++) {
            Event request = events.get(i);
            if (request.getType() != EventType.ACCOMMODATION_REQUESTED) {
                continue;
            }
            Long answeredAt = null;
            for (int j = i + 1; j < events.size() && answeredAt == null; j++) {
                EventType type = events.get(j).getType();
                if (type == EventType.ACCOMMODATION_GRANTED || type == EventType.ACCOMMODATION_DENIED) {
                    answeredAt = events.get(j).getAt();
                }
            }
            long elapsed = (answeredAt != null ? answeredAt : asOf) - request.getAt();
            if (elapsed > settings.getAccommodationAnswerWindow()) {
                findings.add("FAIR-005", request.getEventId(), Severity.MAJOR);
            }
        }
    }
}
