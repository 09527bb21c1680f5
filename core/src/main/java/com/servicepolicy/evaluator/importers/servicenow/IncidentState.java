package com.servicepolicy.evaluator.importers.servicenow;

import java.util.Locale;
import java.util.Map;

/**
 * ServiceNow's {@code incident_state} values, as the contract sees them: the workflow status an open incident is in
 * (Awaiting User Info waits on the customer: {@code PENDING}; Awaiting Problem, Vendor or Evidence and On Hold on a
 * third party: {@code ON_HOLD}; New, Active and In Progress: {@code OPEN}), or resolved, or closed.
 */
enum IncidentState {
    NEW("OPEN"), OPEN("OPEN"), PENDING("PENDING"), ON_HOLD("ON_HOLD"), RESOLVED(null), CLOSED(null);

    private static final Map<String, IncidentState> BY_TEXT = Map.ofEntries(
            Map.entry("new", NEW), Map.entry("active", OPEN), Map.entry("in progress", OPEN),
            Map.entry("awaiting user info", PENDING), Map.entry("awaiting caller", PENDING),
            Map.entry("awaiting problem", ON_HOLD), Map.entry("awaiting vendor", ON_HOLD),
            Map.entry("awaiting evidence", ON_HOLD), Map.entry("awaiting change", ON_HOLD),
            Map.entry("on hold", ON_HOLD),
            Map.entry("resolved", RESOLVED), Map.entry("closed", CLOSED), Map.entry("canceled", CLOSED),
            Map.entry("cancelled", CLOSED));

    /** The contract's status while in this state; null once resolved or closed. */
    final String status;

    IncidentState(String status) {
        this.status = status;
    }

    boolean isOpen() {
        return status != null;
    }

    boolean isDone() {
        return status == null;
    }

    /** The state the text names (case-insensitive), or null. */
    static IncidentState of(String text) {
        return text == null ? null : BY_TEXT.get(text.trim().toLowerCase(Locale.ROOT));
    }
}
