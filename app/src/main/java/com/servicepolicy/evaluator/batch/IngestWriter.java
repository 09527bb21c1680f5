package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.DuplicateLine;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.ExpiredLines;
import com.servicepolicy.evaluator.night.IngestLedger;
import com.servicepolicy.evaluator.night.Origin;
import com.servicepolicy.evaluator.night.PlacedEvent;
import com.servicepolicy.evaluator.night.RejectedLine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Commits one chunk of a file's lines: new events into the event store, duplicates and rejects
 * into the night's ledger, and the file's checkpoint, all in one transaction. Whether an id is new is the
 * night's id registry's answer ({@link NightIds}), loaded from the store when ingest starts. A line whose event
 * is already stored from this very night, file and line (an earlier attempt stored it) counts as
 * accepted again, not as a duplicate, so that reruns and restarts account the same. An event already
 * older than the retention is accepted but only its id and place are kept (ExpiredLines):
 * none of the night's windows reads it, and prune would delete it at the end of the night anyway.
 */
@Component
class IngestWriter {
    private final EventStore events;
    private final ExpiredLines expiredLines;
    private final IngestLedger ledger;
    private final TransactionTemplate transaction;

    IngestWriter(EventStore events, ExpiredLines expiredLines, IngestLedger ledger,
                 PlatformTransactionManager transactionManager) {
        this.events = events;
        this.expiredLines = expiredLines;
        this.ledger = ledger;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * The ids the store knows, loaded now (streamed, in a transaction: PostgreSQL streams only inside one); the
     * caller closes it when its ingest is over.
     */
    NightIds knownIds() {
        return knownIds(0);
    }

    /**
     * {@link #knownIds()}, sized for {@code comingIds} more (the night's lines, estimated): a registry sized for the
     * stored ids alone grew (and rehashed) four times while a backfill's 578k lines came in, 3 % of the night.
     */
    NightIds knownIds(long comingIds) {
        NightIds ids = new NightIds(events.count() + comingIds);
        transaction.executeWithoutResult(status -> {
            events.forEachId(ids::add);
            expiredLines.forEachId(ids::add);
        });
        return ids;
    }

    /**
     * Commits one chunk. The ids of its accepted lines are registered in {@code ids} before the commit; if the
     * commit fails the night fails, and its restart loads the ids again from what was committed.
     */
    void write(NightIds ids, LocalDate night, long retainedFrom, String source, List<PlacedEvent> accepted,
               List<RejectedLine> rejects, long checkpointLine, boolean fileDone) {
        List<PlacedEvent> fresh = new ArrayList<>();
        List<PlacedEvent> expired = new ArrayList<>();
        List<DuplicateLine> duplicates = new ArrayList<>();
        for (PlacedEvent p : accepted) {
            String id = p.event().getEventId();
            Optional<Origin> first = ids.add(id, new Origin(night, p.source(), p.line()));
            if (first.isEmpty()) {
                (p.event().getAt() < retainedFrom ? expired : fresh).add(p);
            } else if (!first.get().isAt(night, p.source(), p.line())) {
                duplicates.add(new DuplicateLine(p.source(), p.line(), id, first.get()));
            }
        }
        transaction.executeWithoutResult(status -> {
            events.insert(night, fresh);
            expiredLines.insert(night, expired);
            ledger.addDuplicates(night, duplicates);
            ledger.addRejects(night, rejects);
            ledger.checkpoint(night, checkpointName(source), checkpointLine, fileDone ? "done" : null);
        });
    }

    static String checkpointName(String source) {
        return "file:" + source;
    }
}
