package com.servicepolicy.evaluator.importers.zendesk;

import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.ingest.RecordedRecords;
import com.servicepolicy.evaluator.ingest.SourceRecords;
import com.servicepolicy.evaluator.ingest.WorkerPool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Groups the audits by ticket on the reading thread (the unusable ones rejected there, in file order, before any
 * ticket's events, as always), then converts the tickets on worker threads, a slice of whole tickets at a time, each
 * slice's events validated where they are made; the slices' records reach the reader in ticket order. Tickets are
 * independent of one another, so a slice gives what converting it among the others gives.
 */
final class TicketsOnWorkers {
    static final int SLICE_AUDITS = 4096;

    private record Slice(RecordedRecords records, RowTally tally) {
    }

    private TicketsOnWorkers() {
    }

    static void convert(List<Audit> audits, Map<String, TicketContent> tickets, SourceRecords records, RowTally tally,
                        int sliceAudits) {
        Map<String, List<Audit>> byTicket = new LinkedHashMap<>();
        String lastTicket = null;
        List<Audit> lastAudits = null; // a ticket's audits often follow one another: no look-up for those
        for (Audit audit : audits) {
            if (audit.problem() != null) {
                for (int i = 0; i < audit.problemRows(); i++) {
                    tally.rejected();
                    records.unusable(audit.line(), audit.problem());
                }
                continue;
            }
            if (!audit.ticket().equals(lastTicket)) {
                lastTicket = audit.ticket();
                lastAudits = byTicket.computeIfAbsent(lastTicket, t -> new ArrayList<>());
            }
            lastAudits.add(audit);
        }
        if (audits.size() <= sliceAudits) { // one slice: on this thread
            new TicketConversion(tickets, records, tally).convert(new ArrayList<>(byTicket.entrySet()));
            return;
        }
        Deque<Future<Slice>> inFlight = new ArrayDeque<>();
        List<Map.Entry<String, List<Audit>>> slice = new ArrayList<>();
        int sliceSize = 0;
        try {
            for (Map.Entry<String, List<Audit>> ticket : byTicket.entrySet()) {
                slice.add(ticket);
                sliceSize += ticket.getValue().size();
                if (sliceSize >= sliceAudits) {
                    inFlight.add(submit(slice, tickets));
                    slice = new ArrayList<>();
                    sliceSize = 0;
                    while (inFlight.size() > WorkerPool.THREADS + 1 || inFlight.peek().isDone()) {
                        deliver(inFlight.poll(), records, tally);
                        if (inFlight.isEmpty()) {
                            break;
                        }
                    }
                }
            }
            inFlight.add(submit(slice, tickets));
            while (!inFlight.isEmpty()) {
                deliver(inFlight.poll(), records, tally);
            }
        } catch (RuntimeException e) {
            inFlight.forEach(f -> f.cancel(true));
            throw e;
        }
    }

    private static Future<Slice> submit(List<Map.Entry<String, List<Audit>>> slice, Map<String, TicketContent> tickets) {
        return WorkerPool.shared().submit(() -> {
            Slice done = new Slice(new RecordedRecords(), new RowTally());
            new TicketConversion(tickets, done.records(), done.tally()).convert(slice);
            return done;
        });
    }

    private static void deliver(Future<Slice> slice, SourceRecords records, RowTally tally) {
        try {
            Slice done = slice.get();
            done.records().replayInto(records);
            tally.add(done.tally());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting tickets", e);
        }
    }
}
