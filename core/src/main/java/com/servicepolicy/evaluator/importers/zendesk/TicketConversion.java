package com.servicepolicy.evaluator.importers.zendesk;

import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.RawEvent;
import com.servicepolicy.evaluator.ingest.SourceRecords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns each ticket's audits, in time order, into its events (docs/importers/zendesk.md): the audit with the ticket's
 * Create events opens it; public comments are the requester's messages or agents' replies, private ones internal notes;
 * status and priority changes become status, resolution, reopening and priority events. Every audit event is one row.
 */
final class TicketConversion {
    static final String SET_AT_CREATION = "a field set at creation (part of OPENED)";
    static final String REASSIGNED = "reassigned to another group (the log keeps the group at opening as queue)";
    static final String CLOSED_AFTER_SOLVED = "closed after solved (the resolution has been counted)";
    static final String NO_STATUS_CHANGE = "a status change the log does not distinguish (new to open)";
    private static final Map<String, String> CHANNELS = Map.ofEntries(Map.entry("email", "EMAIL"), Map.entry("web", "WEB"),
            Map.entry("web_form", "WEB"), Map.entry("web_widget", "WEB"), Map.entry("mobile", "WEB"),
            Map.entry("mobile_sdk", "WEB"), Map.entry("chat", "CHAT"), Map.entry("native_messaging", "CHAT"),
            Map.entry("voice", "PHONE"), Map.entry("phone", "PHONE"), Map.entry("twitter", "SOCIAL"),
            Map.entry("facebook", "SOCIAL"), Map.entry("instagram_dm", "SOCIAL"), Map.entry("whatsapp", "CHAT"));
    private static final Map<String, String> CATEGORIES = Map.of("question", "INQUIRY", "incident", "SUPPORT",
            "problem", "SUPPORT", "task", "OTHER");
    private static final Set<String> PRIORITIES = Set.of("low", "normal", "high", "urgent");

    private final Map<String, TicketContent> tickets;
    private final SourceRecords records;
    private final RowTally tally;

    TicketConversion(Map<String, TicketContent> tickets, SourceRecords records, RowTally tally) {
        this.tickets = tickets;
        this.records = records;
        this.tally = tally;
    }

    /** Converts whole tickets, each with its usable audits in file order. */
    void convert(List<Map.Entry<String, List<Audit>>> byTicket) {
        for (Map.Entry<String, List<Audit>> e : byTicket) {
            List<Audit> audits = e.getValue();
            audits.sort(Comparator.comparing(Audit::at)); // stable: file order among equal times
            new Ticket(e.getKey(), tickets.get(e.getKey())).through(audits);
        }
    }

    /** One ticket's pass over its audits. */
    private final class Ticket {
        private final String id;
        private final TicketContent ticket;
        private String requester;
        private boolean opened;
        private String status = "new";

        Ticket(String id, TicketContent ticket) {
            this.id = id;
            this.ticket = ticket;
            this.requester = ticket == null ? null : ticket.requesterId();
        }

        void through(List<Audit> audits) {
            for (Audit t : audits) {
                AuditContent audit = t.content();
                boolean creates = false;
                for (AuditContent.Event e : audit.events()) {
                    creates |= "Create".equals(e.type());
                }
                boolean openedHere = false;
                if (!opened && creates) {
                    open(audit, t);
                    openedHere = true;
                }
                for (AuditContent.Event e : audit.events()) {
                    row(e, audit, t, openedHere);
                    if (openedHere && "Comment".equals(e.type())) {
                        openedHere = false; // the first comment is the ticket's description, counted with the OPENED
                    }
                }
            }
        }

        private void open(AuditContent audit, Audit t) {
            // the last Create of each field counts; one set at creation to null stays null (not the ticket's)
            String requesterId = null;
            String priority = ticket == null ? null : ticket.priority();
            String group = ticket == null ? null : ticket.groupId();
            for (AuditContent.Event e : audit.events()) {
                if ("Create".equals(e.type())) {
                    switch (e.fieldName()) {
                        case "requester_id" -> requesterId = e.value();
                        case "priority" -> priority = e.value();
                        case "group_id" -> group = e.value();
                        default -> { }
                    }
                }
            }
            if (requesterId != null) {
                requester = requesterId;
            }
            if (requester == null) {
                requester = audit.authorId();
            }
            String channel = audit.channel();
            RawEvent e = event("OPENED", "opened", t).set(EventField.QUEUE, group);
            if (priority != null) {
                e.set(EventField.PRIORITY, priority.toUpperCase(Locale.ROOT));
            }
            if (channel != null) {
                e.set(EventField.CHANNEL, CHANNELS.get(channel));
            }
            if (ticket != null && ticket.type() != null) {
                e.set(EventField.CATEGORY, CATEGORIES.get(ticket.type()));
            }
            opened = true;
            pendingOpen = e;
        }

        private RawEvent pendingOpen;

        private void row(AuditContent.Event e, AuditContent audit, Audit t, boolean description) {
            String type = e.type();
            String eventId = e.id();
            List<RawEvent> out = new ArrayList<>(2);
            if (pendingOpen != null) {
                out.add(pendingOpen);
                pendingOpen = null;
            }
            String skip = null;
            switch (type) {
                case "Comment", "VoiceComment" -> {
                    if (!description) {
                        String author = e.authorId() != null ? e.authorId() : audit.authorId();
                        boolean isPublic = e.isPublic();
                        boolean customer = isPublic && author != null && author.equals(requester);
                        RawEvent made = event(customer ? "CUSTOMER_MESSAGE" : "AGENT_REPLY", eventId, t);
                        if (!customer) {
                            made.set(EventField.AGENT_ID, author).set(EventField.INTERNAL, isPublic ? null : "true");
                        }
                        out.add(made);
                    } else if (out.isEmpty()) {
                        skip = "the ticket's description (part of OPENED)";
                    }
                }
                case "Create" -> skip = out.isEmpty() ? SET_AT_CREATION : null;
                case "Change" -> skip = change(e, audit, eventId, t, out);
                default -> skip = "a " + (type.isEmpty() ? "typeless" : type) + " event (not part of the event log)";
            }
            if (skip == INVALID) {
                return;
            }
            if (out.isEmpty()) {
                tally.skipped(skip);
            } else {
                tally.converted(out.size());
                for (RawEvent made : out) {
                    records.event(made, t.line());
                }
            }
        }

        private static final String INVALID = "\u0000invalid";

        /**
         * The event of a Change (into {@code out}), or why it makes none. Each case only chooses the event's type and
         * status or priority, and one place makes it: C2 compiled a copy of {@link #event} (its id's concatenation, five
         * fields) for every case that made one.
         */
        private String change(AuditContent.Event e, AuditContent audit, String eventId, Audit t, List<RawEvent> out) {
            String field = e.fieldName();
            String value = e.value();
            String type; // of the event made; null for none
            String newStatus = null;
            String priority = null;
            switch (field) {
                case "status" -> {
                    String to = value == null ? "" : value.toLowerCase(Locale.ROOT);
                    String from = status;
                    boolean done = from.equals("solved") || from.equals("closed");
                    switch (to) {
                        case "new", "open" -> {
                            boolean resumed = from.equals("pending") || from.equals("hold");
                            type = done ? "REOPENED" : resumed ? "STATUS_CHANGED" : null;
                            newStatus = done ? null : "OPEN";
                        }
                        case "pending", "hold" -> {
                            type = "STATUS_CHANGED";
                            newStatus = to.equals("pending") ? "PENDING" : "ON_HOLD";
                        }
                        case "solved", "closed" -> type = done ? null : "RESOLVED";
                        default -> {
                            return invalid(t, "status: '" + value + "' is not a Zendesk status (new, open, "
                                    + "pending, hold, solved, closed) (event " + eventId + ")");
                        }
                    }
                    status = to;
                    if (type == null) {
                        return out.isEmpty() ? (to.equals("closed") ? CLOSED_AFTER_SOLVED : NO_STATUS_CHANGE) : null;
                    }
                }
                case "priority" -> {
                    String p = value == null ? "normal" : value.toLowerCase(Locale.ROOT);
                    if (!PRIORITIES.contains(p)) {
                        return invalid(t, "priority: '" + value + "' is not a Zendesk priority (event " + eventId + ")");
                    }
                    type = "PRIORITY_CHANGED";
                    priority = p.toUpperCase(Locale.ROOT);
                }
                case "group_id" -> {
                    return REASSIGNED;
                }
                default -> {
                    return "a change of " + (field.isEmpty() ? "an unnamed field" : field) + " (not part of the event log)";
                }
            }
            RawEvent made = event(type, eventId, t).set(EventField.STATUS, newStatus).set(EventField.PRIORITY, priority);
            if (!type.equals("REOPENED")) {
                made.set(EventField.AGENT_ID, audit.authorId());
            }
            out.add(made);
            return null;
        }

        private String invalid(Audit t, String reason) {
            tally.rejected();
            records.unusable(t.line(), reason);
            return INVALID;
        }

        private RawEvent event(String type, String eventId, Audit t) {
            return new RawEvent().set(EventField.EVENT_ID, "zd-" + id + "-" + eventId).set(EventField.TYPE, type)
                    .setTime(EventField.AT, t.at()).set(EventField.CUSTOMER_ID, requester)
                    .set(EventField.INTERACTION_ID, id);
        }
    }
}
