package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.night.CustomerChoice;
import com.servicepolicy.evaluator.night.CustomerOutlines;
import com.servicepolicy.evaluator.spill.EventBytes;

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

    CustomerChoice of(CustomerOutlines history) {
        boolean evaluate = false;
        Set<String> closed = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (CustomerOutlines.Stored s : history.events()) {
            EventBytes.Outline e = s.event();
            long at = e.at();
            evaluate |= s.runDate().equals(night) || (at >= recentFrom && at <= asOf)
                    || (e.type() == EventType.CALLBACK_PROMISED && e.dueAt() != null
                    && e.dueAt() >= recentFrom && at >= windowFrom && at <= asOf);
            if (at <= asOf && e.interactionId() != null
                    && (e.type() == EventType.RESOLVED || e.type() == EventType.REFUSED)) {
                closed.add(e.interactionId());
                if (e.type() == EventType.REFUSED) {
                    refused.add(e.interactionId());
                }
            }
        }
        long opened = 0;
        long openedRefused = 0;
        for (CustomerOutlines.Stored s : history.events()) {
            EventBytes.Outline e = s.event();
            long at = e.at();
            if (e.type() != EventType.OPENED || at > asOf) {
                continue;
            }
            evaluate |= at >= windowFrom && !closed.contains(e.interactionId());
            if (at >= fairnessFrom) {
                opened++;
                if (refused.contains(e.interactionId())) {
                    openedRefused++;
                }
            }
        }
        return new CustomerChoice(history.customerId(), evaluate, opened, openedRefused);
    }
}
