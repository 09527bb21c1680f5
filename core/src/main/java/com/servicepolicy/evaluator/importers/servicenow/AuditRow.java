package com.servicepolicy.evaluator.importers.servicenow;

import java.time.Instant;

/** One row of the incident audit log, as far as the event log needs it; {@code line} is where it starts in the file. */
record AuditRow(long line, String number, IncidentState state, Instant updatedAt, String priority,
                String group, String agent, String caller, String openedAt, String contactType, String category,
                Boolean madeSla) {
}
