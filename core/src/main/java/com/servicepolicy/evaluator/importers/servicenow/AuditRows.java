package com.servicepolicy.evaluator.importers.servicenow;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.importers.SourceTimes;

import java.time.Instant;
import java.util.List;

/**
 * Reads an audit log row into an {@link AuditRow}, its columns found once in the header; immutable, so that rows are
 * read on several threads. {@code ?} is ServiceNow's "unknown", read as absent.
 */
final class AuditRows {
    private final SourceTimes times;
    private final int number, state, priority, updated, assignedTo, updatedBy, madeSla, group, caller, openedAt,
            contactType, category;

    AuditRows(Columns columns, SourceTimes times) {
        this.times = times;
        number = columns.indexOf("number");
        state = columns.indexOf("incident_state");
        priority = columns.indexOf("priority");
        updated = columns.indexOf("sys_updated_at");
        assignedTo = columns.indexOf("assigned_to");
        updatedBy = columns.indexOf("sys_updated_by");
        madeSla = columns.indexOf("made_sla");
        group = columns.indexOf("assignment_group");
        caller = columns.indexOf("caller_id");
        openedAt = columns.indexOf("opened_at");
        contactType = columns.indexOf("contact_type");
        category = columns.indexOf("category");
    }

    /** The row at {@code line}; throws {@link IllegalArgumentException} with the reason it is rejected. */
    AuditRow parse(List<String> cells, long line) {
        String numberText = required(cells, number, "number");
        String stateText = required(cells, state, "incident_state");
        IncidentState incidentState = IncidentState.of(stateText);
        if (incidentState == null) {
            throw new IllegalArgumentException("incident_state: '" + stateText + "' is not a state this importer maps");
        }
        String priorityText = required(cells, priority, "priority");
        String priorityValue = ServiceNowPriority.of(priorityText);
        if (priorityValue == null) {
            throw new IllegalArgumentException("priority: '" + priorityText + "' is not a ServiceNow priority (1 - Critical … 5 - Planning)");
        }
        String updatedText = required(cells, updated, "sys_updated_at");
        Instant updatedAt;
        try {
            updatedAt = times.toInstant(updatedText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sys_updated_at: " + e.getMessage());
        }
        String agent = cell(cells, assignedTo);
        String sla = cell(cells, madeSla);
        return new AuditRow(line, numberText, incidentState, updatedAt, priorityValue, cell(cells, group),
                agent != null ? agent : cell(cells, updatedBy), cell(cells, caller), cell(cells, openedAt),
                cell(cells, contactType), cell(cells, category), sla == null ? null : Boolean.valueOf(sla.equalsIgnoreCase("true")));
    }

    private static String required(List<String> cells, int index, String column) {
        String value = cell(cells, index);
        if (value == null) {
            throw new IllegalArgumentException(column + ": missing or unknown ('?')");
        }
        return value;
    }

    private static String cell(List<String> cells, int index) {
        String value = Columns.cell(cells, index);
        return value == null || value.equals("?") ? null : value;
    }
}
