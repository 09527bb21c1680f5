package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;

import java.util.List;

/**
 * Creates the drafts of one customer. Events later than the end of the logged period have not
 * happened yet and are left out, which is how open tickets and running clocks appear at the end of
 * a log; the returned builder is still usable so callers need no special case.
 */
final class Emitter {
    private final Ids ids;
    private final List<Draft> out;
    private final long end;
    private final String customerId;

    Emitter(Ids ids, List<Draft> out, long end, String customerId) {
        this.ids = ids;
        this.out = out;
        this.end = end;
        this.customerId = customerId;
    }

    Ids ids() {
        return ids;
    }

    Event.Builder emit(EventType type, long at, String interactionId) {
        Event.Builder builder = Event.builder().eventId(ids.nextEvent()).type(type).atMillis(at)
                .customerId(customerId).interactionId(interactionId);
        if (at <= end) {
            out.add(new Draft(at, ids.nextOrder(), type, builder));
        }
        return builder;
    }
}
