package com.servicepolicy.evaluator.importers.servicenow;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.importers.SourceTimes;
import com.servicepolicy.evaluator.ingest.CsvChunks;
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
    private final int chunkBytes;

    public ServiceNowSource() {
        this(ZoneId.of("UTC"), CsvChunks.CHUNK_BYTES);
    }

    /** With chunks of {@code chunkBytes}, for tests. */
    ServiceNowSource(ZoneId zone, int chunkBytes) {
        this.zone = zone;
        this.chunkBytes = chunkBytes;
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
        return new ServiceNowSource(options.zone(zone), chunkBytes);
    }

    @Override
    public void read(InputStream in, String source, SourceRecords records) throws InputFileException {
        SourceTimes times = new SourceTimes(TIME_FORMAT, zone);
        RowTally tally = new RowTally();
        IncidentConversion conversion = new IncidentConversion(times, records, tally);
        CsvChunks.scan(in, source, new CsvChunks.Handler<IncidentChunk>() {
            private AuditRows rows;

            @Override
            public void header(List<String> names) throws InputFileException {
                Columns columns = new Columns(names, source);
                columns.require(NAME, REQUIRED);
                rows = new AuditRows(columns, times);
            }

            @Override
            public IncidentChunk chunk() {
                return new IncidentChunk(rows, times);
            }

            @Override
            public void deliver(IncidentChunk chunk) {
                chunk.handOver(conversion, records, tally);
            }
        }, Math.min(chunkBytes, CsvChunks.FIRST_CHUNK_BYTES), chunkBytes);
        conversion.finish();
        records.summary(tally.summary(source, NAME));
    }
}
