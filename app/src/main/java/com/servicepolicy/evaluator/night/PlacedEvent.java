package com.servicepolicy.evaluator.night;

import com.servicepolicy.evaluator.event.Event;

/** An accepted event and the place it was read from (source file name, 1-based line). */
public record PlacedEvent(Event event, String source, long line) {
}
