package com.servicepolicy.evaluator.night;

import com.servicepolicy.evaluator.spill.EventBytes;

import java.time.LocalDate;
import java.util.List;

/**
 * One customer's stored events as far as choosing the night's customers reads them (type, time, interaction, due
 * time), each with the night it was first read on, in no particular order.
 */
public record CustomerOutlines(String customerId, List<Stored> events) {
    /** A stored event's outline and the night that first read it. */
    public record Stored(EventBytes.Outline event, LocalDate runDate) {
    }
}
