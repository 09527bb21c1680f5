package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.night.CustomerChoice;
import com.servicepolicy.evaluator.night.CustomerHistory;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides, from one customer's stored history, whether the night evaluates the customer, and counts FAIR-003's
 * interactions opened in the fairness window and refused by asOf. The night evaluates a customer who
 * (a) has events first read this night, (b) has an interaction opened in the history window with no
 * {@code RESOLVED} or {@code REFUSED} by asOf, (c) has any event in the recent window, or (d) has a callback
 * promised in the history window that falls due in the recent window.
 */
record NightChoice(LocalDate night, long windowFrom, long recentFrom, long fairnessFrom, long asOf) {

    CustomerChoice of(CustomerHistory history) {
        boolean evaluate = false;
        Set<String> closed = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (CustomerHistory.Stored s : history.events()) {
            Event e = s.event();
            long at = e.getAt();
            evaluate |= s.runDate().equals(night) || (at >= recentFrom && at <= asOf)
                    || (e.getType() == EventType.CALLBACK_PROMISED && e.getDueAt() != null
                    && e.getDueAt() >= recentFrom && at >= windowFrom && at <= asOf);
            if (at <= asOf && e.getInteractionId() != null
                    && (e.getType() == EventType.RESOLVED || e.getType() == EventType.REFUSED)) {
                closed.add(e.getInteractionId());
                if (e.getType() == EventType.REFUSED) {
                    refused.add(e.getInteractionId());
                }
            }
        }
        long opened = 0;
        long openedRefused = 0;
        for (CustomerHistory.Stored s : history.events()) {
            Event e = s.event();
            long at = e.getAt();
            if (e.getType() != EventType.OPENED || at > asOf) {
                continue;
            }
            evaluate |= at >= windowFrom && !closed.contains(e.getInteractionId());
            if (at >= fairnessFrom) {
                opened++;
                if (refused.contains(e.getInteractionId())) {
                    openedRefused++;
                }
            }
        }
        return new CustomerChoice(history.customerId(), evaluate, opened, openedRefused);
    }
}
