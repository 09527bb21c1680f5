package com.servicepolicy.evaluator.importers.servicenow;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.importers.SourceTimes;
import com.servicepolicy.evaluator.ingest.CsvTable;
import com.servicepolicy.evaluator.ingest.EventSource;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.SourceOptions;
import com.servicepolicy.evaluator.ingest.SourceRecords;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * ServiceNow's incident audit log as CSV (one row per update of an incident: {@code number}, {@code incident_state},
 * {@code sys_updated_at}, {@code opened_at}, {@code priority}, {@code assignment_group}, {@code caller_id}, …), as the
 * UCI "incident management process enriched event log" publishes it. The rows of one incident follow each other;
 * each incident becomes its events when its last row has been read (docs/importers/servicenow.md). Times are local
 * ({@code dd-MM-yyyy HH:mm}) in the option {@code zone} (default UTC: the export does not say). {@code ?} is unknown.
 */
public final class ServiceNowSource implements EventSource {
    static final String NAME = "servicenow";
    static final String TIME_FORMAT = "dd-MM-yyyy HH:mm";
    private static final String[] REQUIRED = {"number", "incident_state", "sys_updated_at", "opened_at", "caller_id", "priority"};

    private final ZoneId zone;

    public ServiceNowSource() {
        this(ZoneId.of("UTC"));
    }

    ServiceNowSource(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public java.util.Optional<java.time.ZoneId> localTimeZone() {
        return java.util.Optional.ofNullable(zone);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean readsFileNamed(String lowerCaseName) {
        return lowerCaseName.endsWith(".servicenow.csv");
    }

    @Override
    public EventSource configured(SourceOptions options, Path file) throws InputFileException {
        options.allowOnly(NAME, Set.of("zone"));
        return new ServiceNowSource(options.zone(zone));
    }

    @Override
    public void read(InputStream in, String source, SourceRecords records) throws InputFileException {
        SourceTimes times = new SourceTimes(TIME_FORMAT, zone);
        RowTally tally = new RowTally();
        IncidentConversion conversion = new IncidentConversion(times, records, tally);
        CsvTable.scan(in, source, new CsvTable.Handler() {
            private Columns columns;

            @Override
            public void header(List<String> names) throws InputFileException {
                columns = new Columns(names, source);
                columns.require(NAME, REQUIRED);
            }

            @Override
            public void row(List<String> cells, long line) {
                AuditRow row;
                try {
                    row = parse(cells, line, times);
                } catch (IllegalArgumentException e) {
                    tally.rejected();
                    records.unusable(line, e.getMessage());
                    return;
                }
                conversion.add(row);
            }

            @Override
            public void unusable(long line, String reason) {
                tally.rejected();
                records.unusable(line, reason);
            }

            private AuditRow parse(List<String> cells, long line, SourceTimes times) {
                String number = required(cells, "number");
                String stateText = required(cells, "incident_state");
                IncidentState state = IncidentState.of(stateText);
                if (state == null) {
                    throw new IllegalArgumentException("incident_state: '" + stateText + "' is not a state this importer maps");
                }
                String priorityText = required(cells, "priority");
                String priority = ServiceNowPriority.of(priorityText);
                if (priority == null) {
                    throw new IllegalArgumentException("priority: '" + priorityText + "' is not a ServiceNow priority (1 - Critical … 5 - Planning)");
                }
                String updated = required(cells, "sys_updated_at");
                java.time.Instant updatedAt;
                try {
                    updatedAt = times.toInstant(updated);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("sys_updated_at: " + e.getMessage());
                }
                String agent = cell(cells, "assigned_to");
                String sla = cell(cells, "made_sla");
                return new AuditRow(line, number, state, updatedAt, priority, cell(cells, "assignment_group"),
                        agent != null ? agent : cell(cells, "sys_updated_by"), cell(cells, "caller_id"),
                        cell(cells, "opened_at"), cell(cells, "contact_type"), cell(cells, "category"),
                        sla == null ? null : Boolean.valueOf(sla.equalsIgnoreCase("true")));
            }

            private String required(List<String> cells, String column) {
                String value = cell(cells, column);
                if (value == null) {
                    throw new IllegalArgumentException(column + ": missing or unknown ('?')");
                }
                return value;
            }

            /** A cell, with ServiceNow's {@code ?} (unknown) as absent. */
            private String cell(List<String> cells, String column) {
                String value = columns.get(cells, column);
                return value == null || value.equals("?") ? null : value;
            }
        });
        conversion.finish();
        records.summary(tally.summary(source, NAME));
    }
}
