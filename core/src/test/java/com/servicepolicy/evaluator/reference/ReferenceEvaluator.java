package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.policy.PolicySettings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default catalog as plain loops, independent of Drools: a speed baseline and a differential
 * oracle. It follows the interpretation decisions the DRL rules share (numbered in the comments of
 * each part); thresholds come from {@link PolicySettings} only.
 */
public final class ReferenceEvaluator {
    private ReferenceEvaluator() {
    }

    public static Set<Finding> evaluate(List<Event> events, Collection<Customer> customers, Instant asOf, PolicySettings settings) {
        long now = asOf.toEpochMilli();
        List<Event> known = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e.getAt() <= now) {
                known.add(e);
            }
        }
        known.sort(Timeline.ORDER);
        Findings findings = new Findings(settings);
        Map<String, List<Event>> byInteraction = new LinkedHashMap<>();
        for (Event e : known) {
            if (e.getInteractionId() != null) {
                byInteraction.computeIfAbsent(e.getInteractionId(), k -> new ArrayList<>()).add(e);
            }
        }
        ResponsivenessReference responsiveness = new ResponsivenessReference(settings, now, findings);
        FairnessReference fairness = new FairnessReference(settings, now, findings);
        DisparityReference disparity = new DisparityReference(settings, customers, findings);
        FollowUpReference followUp = new FollowUpReference(settings, now, findings);
        byInteraction.forEach((id, list) -> {
            Timeline timeline = new Timeline(id, list);
            responsiveness.check(timeline);
            fairness.checkAccommodations(timeline);
            disparity.count(timeline);
            followUp.check(timeline);
        });
        fairness.checkEvents(known);
        disparity.report();
        followUp.reportRepeatContacts();
        return findings.all();
    }
}
