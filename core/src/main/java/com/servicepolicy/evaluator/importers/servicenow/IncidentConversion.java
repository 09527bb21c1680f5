package com.servicepolicy.evaluator.importers.servicenow;

import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.importers.SourceTimes;
import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.RawEvent;
import com.servicepolicy.evaluator.ingest.SourceRecords;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the audit rows of one incident into its events (docs/importers/servicenow.md): the incident's first row opens
 * it at {@code opened_at}; then each row, in order of {@code sys_updated_at} (the file's order among equal times), is
 * compared with the one before it. Leaving New is the first response; a move into or out of an Awaiting state is a
 * status change; Resolved (or Closed without it) resolves; any open state after Resolved reopens; a new priority is a
 * priority change. A row that changes none of these is skipped with its reason.
 */
final class IncidentConversion {
    private static final Map<String, String> CHANNELS = Map.of("phone", "PHONE", "email", "EMAIL",
            "self service", "WEB", "self-service", "WEB", "web", "WEB", "chat", "CHAT", "virtual agent", "CHAT",
            "walk in", "IN_PERSON", "walk-in", "IN_PERSON", "ivr", "PHONE");
    static final String NO_CHANGE = "an update that changes no state or priority";
    static final String REASSIGNED = "reassigned to another group (the log keeps the group at opening as queue)";
    static final String CLOSED_AFTER_RESOLVED = "Closed after Resolved (the resolution has been counted)";
    static final String NEW_AGAIN = "New again after work began (the log has no way back; the status stays OPEN)";

    private final SourceTimes times;
    private final SourceRecords records;
    private final RowTally tally;
    private final List<AuditRow> incident = new ArrayList<>();

    IncidentConversion(SourceTimes times, SourceRecords records, RowTally tally) {
        this.times = times;
        this.records = records;
        this.tally = tally;
    }

    /** The next row; the incident before it is converted once a row of another incident comes. */
    void add(AuditRow row) {
        if (!incident.isEmpty() && !incident.get(0).number().equals(row.number())) {
            finish();
        }
        incident.add(row);
    }

    /** The rows of the incident not converted yet. */
    List<AuditRow> pending() {
        return incident;
    }

    /** Converts the incident whose rows have been added. */
    void finish() {
        if (incident.isEmpty()) {
            return;
        }
        List<AuditRow> rows = new ArrayList<>(incident);
        incident.clear();
        rows.sort(Comparator.comparing(AuditRow::updatedAt)); // stable: the file's order among equal times
        AuditRow first = rows.get(0);
        String problem = openingProblem(first);
        if (problem != null) {
            for (AuditRow row : rows) {
                tally.rejected();
                records.unusable(row.line(), problem);
            }
            return;
        }
        new Walk(first).through(rows);
    }

    private String openingProblem(AuditRow first) {
        if (first.caller() == null) {
            return "caller_id: unknown ('?') on incident " + first.number() + ", so none of its rows has a customer";
        }
        if (first.openedAt() == null) {
            return "opened_at: unknown ('?') on incident " + first.number() + ", so it cannot be opened";
        }
        try {
            times.toInstant(first.openedAt());
            return null;
        } catch (IllegalArgumentException e) {
            return "opened_at: " + e.getMessage() + " on incident " + first.number() + ", so it cannot be opened";
        }
    }

    /** One pass over an incident's rows, holding what the rows before have established. */
    private final class Walk {
        private final AuditRow first;
        private IncidentState state = IncidentState.NEW;
        private String priority;
        private String group;
        private boolean answered;

        Walk(AuditRow first) {
            this.first = first;
            this.priority = first.priority();
            this.group = first.group();
        }

        void through(List<AuditRow> rows) {
            for (AuditRow row : rows) {
                List<RawEvent> events = new ArrayList<>(3);
                if (row == first) {
                    events.add(opened());
                }
                events.addAll(changes(row));
                if (events.isEmpty()) {
                    tally.skipped(skipReason(row));
                } else {
                    tally.converted(events.size());
                    events.forEach(e -> records.event(e, row.line()));
                }
                state = row.state();
                priority = row.priority();
                group = row.group();
            }
        }

        private RawEvent opened() {
            RawEvent e = event(first, "OPENED", "opened", times.toInstant(first.openedAt()));
            e.set(EventField.PRIORITY, first.priority())
                    .set(EventField.CATEGORY, "SUPPORT")
                    .set(EventField.TOPIC, first.category())
                    .set(EventField.QUEUE, first.group());
            if (first.contactType() != null) {
                String channel = CHANNELS.get(first.contactType().toLowerCase(Locale.ROOT));
                if (channel == null) {
                    e.error(EventField.CHANNEL, "contact_type '" + first.contactType() + "' is not a channel this importer maps");
                } else {
                    e.set(EventField.CHANNEL, channel);
                }
            }
            return e;
        }

        private List<RawEvent> changes(AuditRow row) {
            List<RawEvent> events = new ArrayList<>(2);
            IncidentState to = row.state();
            Instant at = row.updatedAt();
            if (state.isDone() && to.isOpen()) {
                events.add(event(row, "REOPENED", "reopened", at));
                if (!to.status.equals("OPEN")) { // REOPENED itself makes the status OPEN
                    events.add(status(row, to, at));
                }
            } else if (to == IncidentState.RESOLVED && state.isOpen()
                    || to == IncidentState.CLOSED && state.isOpen()) {
                events.add(agentEvent(row, "RESOLVED", "resolved", at));
                answered = true;
            } else if (to.isOpen()) {
                if (!answered && to != IncidentState.NEW) {
                    events.add(agentEvent(row, "AGENT_REPLY", "first-response", at));
                    answered = true;
                }
                if (!to.status.equals(state.status)) {
                    events.add(status(row, to, at));
                }
            }
            if (!row.priority().equals(priority)) {
                events.add(agentEvent(row, "PRIORITY_CHANGED", "priority", at).set(EventField.PRIORITY, row.priority()));
            }
            return events;
        }

        private String skipReason(AuditRow row) {
            if (state == IncidentState.RESOLVED && row.state() == IncidentState.CLOSED) {
                return CLOSED_AFTER_RESOLVED;
            }
            if (row.state() == IncidentState.NEW && state != IncidentState.NEW && state.isOpen()) {
                return NEW_AGAIN;
            }
            if (row.group() != null && !row.group().equals(group)) {
                return REASSIGNED;
            }
            return NO_CHANGE;
        }

        private RawEvent status(AuditRow row, IncidentState to, Instant at) {
            return agentEvent(row, "STATUS_CHANGED", "status", at).set(EventField.STATUS, to.status);
        }

        private RawEvent agentEvent(AuditRow row, String type, String kind, Instant at) {
            return event(row, type, kind, at).set(EventField.AGENT_ID, row.agent());
        }

        private RawEvent event(AuditRow row, String type, String kind, Instant at) {
            String id = kind.equals("opened") ? first.number() + "/opened" : first.number() + "/" + row.line() + "/" + kind;
            return new RawEvent().set(EventField.EVENT_ID, id).set(EventField.TYPE, type).setTime(EventField.AT, at)
                    .set(EventField.CUSTOMER_ID, first.caller()).set(EventField.INTERACTION_ID, first.number());
        }
    }
}
