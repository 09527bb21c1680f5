package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.evaluation.SpillOptions;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.RunCustomerStore;
import com.servicepolicy.evaluator.quality.DataQuality;
import com.servicepolicy.evaluator.quality.Findings;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;

/**
 * The data-quality findings of the log a night judged: every event of the night's chosen customers in the history
 * window, as the evaluate step read them, looked at by core {@link DataQuality} as the command line looks at its
 * inputs (midnight judged in UTC and the nights' zone).
 * <p>
 * The evaluate step hands each chunk's events here as it reads them ({@link #gather}), so that a night evaluated
 * from its first customer to its last in one job execution does not read and decode every history once more for
 * its report (a tenth of a 100k night's CPU). When that is not so — evaluate resumed after a restart, or failed
 * part way — the findings are computed from the store, a chunk of customers at a time exactly as evaluate reads
 * them, so that a restarted night finds the same as an uninterrupted one.
 */
@Component
class NightDataQuality {
    private final RunCustomerStore chosen;
    private final EventStore events;
    private final BatchProperties properties;
    private long gatheringFor = -1;
    private DataQuality gathering;
    private boolean gathered;

    NightDataQuality(RunCustomerStore chosen, EventStore events, BatchProperties properties) {
        this.chosen = chosen;
        this.events = events;
        this.properties = properties;
    }

    /** The evaluate step of job execution {@code execution} starts at the night's first chosen customer. */
    synchronized void startGathering(long execution, Night night) {
        forget();
        gatheringFor = execution;
        gathering = quality(night);
    }

    /** The evaluate step resumes from a checkpoint: what was gathered (if anything) is not the whole night. */
    synchronized void forget() {
        if (gathering != null) {
            gathering.close();
        }
        gatheringFor = -1;
        gathering = null;
        gathered = false;
    }

    /**
     * A check that keeps as many interactions' tracks in the heap as the command line would in this heap, the rest in
     * temporary files: a backfill night chooses every customer of its log.
     */
    private static DataQuality quality(Night night) {
        SpillOptions spill = SpillOptions.forThisHeap(Path.of(System.getProperty("java.io.tmpdir")));
        return new DataQuality(List.of(night.zone()), spill.dir(), spill.qualityTracks());
    }

    /** A chunk's events as evaluate read them, in the order it read them. */
    synchronized void gather(long execution, List<Event> chunk) {
        if (gathering != null && gatheringFor == execution && !gathered) {
            chunk.forEach(gathering::accept);
        }
    }

    /** Evaluate read its last chunk: what was gathered is the whole night. */
    synchronized void gathered(long execution) {
        gathered = gathering != null && gatheringFor == execution;
    }

    /** The night's findings: those gathered by this execution's evaluate step if it read them all, else from the store. */
    Findings of(Night night, long execution) {
        synchronized (this) {
            if (gathered && gatheringFor == execution) {
                Findings findings = gathering.finish();
                forget();
                return findings;
            }
            forget();
        }
        return of(night);
    }

    Findings of(Night night) {
        DataQuality quality = quality(night);
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
