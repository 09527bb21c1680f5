package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** FUP-001 to FUP-003, decisions 10 to 12. */
final class FollowUpReference {
    private final PolicySettings settings;
    private final long asOf;
    private final Findings findings;
    /** customer + topic → (openedAt, interactionId) of interactions with that topic. */
    private final Map<List<String>, List<Object[]>> byTopic = new HashMap<>();

    FollowUpReference(PolicySettings settings, long asOf, Findings findings) {
        this.settings = settings;
        this.asOf = asOf;
        this.findings = findings;
    }

    void check(Timeline t) {
        callbacks(t);
        if (!t.hasOpened()) {
            return;
        }
        followUp(t);
        String topic = t.opened.getTopic();
        if (topic != null && !topic.isEmpty()) {
            byTopic.computeIfAbsent(List.of(t.opened.getCustomerId(), topic), k -> new ArrayList<>())
                    .add(new Object[] {t.opened.getAt(), t.interactionId});
        }
    }

    private void followUp(Timeline t) {
        if (!settings.getFollowUpCategories().contains(t.opened.getCategory())) {
            return;
        }
        Event latest = null;
        for (Event e : t.afterOpened()) {
            if (e.getType() == EventType.RESOLVED || e.getType() == EventType.REOPENED) {
                latest = e;
            }
        }
        if (latest == null || latest.getType() != EventType.RESOLVED) {
            return;
        }
        long resolvedAt = latest.getAt();
        Event followUp = t.events.stream().filter(e -> e.getType() == EventType.FOLLOW_UP && e.getAt() > resolvedAt)
                .findFirst().orElse(null);
        long window = settings.getFollowUpWindow();
        if ((followUp == null && asOf - resolvedAt >= window) || (followUp != null && followUp.getAt() - resolvedAt > window)) {
            findings.add("FUP-001", t.interactionId, Severity.MINOR);
        }
    }

    private void callbacks(Timeline t) {
        for (Event promise : t.events) {
            if (promise.getType() != EventType.CALLBACK_PROMISED || promise.getDueAt() == null) {
                continue;
            }
            long due = promise.getDueAt();
            // an internal note keeps no promise: the customer never saw it
            Event contact = t.events.stream().filter(e -> e.getAt() > promise.getAt() && ((e.getType() == EventType.AGENT_REPLY
                    && !e.isInternal()) || e.getType() == EventType.FOLLOW_UP || e.getType() == EventType.RESOLVED))
                    .findFirst().orElse(null);
            if ((contact == null && asOf > due) || (contact != null && contact.getAt() > due)) {
                findings.add("FUP-002", promise.getEventId(), Severity.MAJOR);
            }
        }
    }

    /** FUP-003, once every timeline has been seen. */
    void reportRepeatContacts() {
        long window = settings.getRepeatContactWindow();
        for (List<Object[]> contacts : byTopic.values()) {
            long[] times = contacts.stream().mapToLong(c -> (Long) c[0]).sorted().toArray();
            for (Object[] contact : contacts) {
                long openedAt = (Long) contact[0];
                int others = countBetween(times, openedAt - window, openedAt) - 1;
                if (others >= settings.getRepeatContactMinOthers()) {
                    findings.add("FUP-003", (String) contact[1], Severity.MINOR);
                }
            }
        }
    }

    private static int countBetween(long[] sorted, long from, long to) {
        return upperBound(sorted, to) - upperBound(sorted, from - 1);
    }

    /** Number of elements ≤ value. */
    private static int upperBound(long[] sorted, long value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i < sorted.length && sorted[i] == value) {
            i++;
        }
        return i;
    }
}
