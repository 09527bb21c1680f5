package com.servicepolicy.evaluator.night;

import com.servicepolicy.evaluator.event.Event;

import java.time.LocalDate;
import java.util.List;

/** One customer's stored events, each with the night it was first read on, in no particular order. */
public record CustomerHistory(String customerId, List<Stored> events) {
    /** A stored event and the night that first read it. */
    public record Stored(Event event, LocalDate runDate) {
    }
}
