package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Event;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader reports, for assertions. */
final class CollectingSink implements EventSink {
    final List<Event> events = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<Duplicate> duplicates = new ArrayList<>();

    @Override
    public void accept(Event event) {
        events.add(event);
    }

    @Override
    public void rejected(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public void duplicate(Duplicate duplicate) {
        duplicates.add(duplicate);
    }

    Rejection onlyRejection() {
        if (rejections.size() != 1) {
            throw new AssertionError("expected one rejection, got " + rejections);
        }
        return rejections.get(0);
    }
}
