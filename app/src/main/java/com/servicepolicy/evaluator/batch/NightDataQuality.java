package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.RunCustomerStore;
import com.servicepolicy.evaluator.quality.DataQuality;
import com.servicepolicy.evaluator.quality.Findings;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The data-quality findings of the log a night judged: every event of the night's chosen customers in the history
 * window, as the evaluate step read them, looked at by core {@link DataQuality} as the command line looks at its
 * inputs (midnight judged in UTC and the nights' zone). Computed from the store, so that a restarted night finds the
 * same as an uninterrupted one; it reads the histories once more, a chunk of customers at a time.
 */
@Component
class NightDataQuality {
    private final RunCustomerStore chosen;
    private final EventStore events;
    private final BatchProperties properties;

    NightDataQuality(RunCustomerStore chosen, EventStore events, BatchProperties properties) {
        this.chosen = chosen;
        this.events = events;
        this.properties = properties;
    }

    Findings of(Night night) {
        DataQuality quality = new DataQuality(List.of(night.zone()));
        long windowFrom = night.since(properties.historyWindow());
        String after = "";
        for (List<String> ids = chosen.next(night.date(), after, properties.chunkCustomers()); !ids.isEmpty();
             ids = chosen.next(night.date(), after, properties.chunkCustomers())) {
            String last = ids.get(ids.size() - 1);
            for (Event e : events.eventsOfChosen(night.date(), after, last, windowFrom, night.asOf())) {
                quality.accept(e);
            }
            after = last;
        }
        return quality.finish();
    }
}
