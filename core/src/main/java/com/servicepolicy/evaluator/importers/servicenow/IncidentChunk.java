package com.servicepolicy.evaluator.importers.servicenow;

import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.importers.SourceTimes;
import com.servicepolicy.evaluator.ingest.CsvTable;
import com.servicepolicy.evaluator.ingest.RecordedRecords;
import com.servicepolicy.evaluator.ingest.SourceRecords;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one chunk of the audit log, converted on a worker thread as far as the chunk alone allows. The first
 * incident of a chunk may have begun in the chunk before and its last may go on in the next, so their rows are handed
 * to the reading thread's conversion; every incident between them is converted here, its events validated here. The
 * reading thread's {@link #handOver} then reports everything in exactly the order a row-by-row read would.
 */
final class IncidentChunk implements CsvTable.Rows {
    private record Rejected(long line, String reason) {
    }

    private final AuditRows rows;
    private final List<Object> head = new ArrayList<>(); // AuditRow or Rejected, until a second incident begins
    private final RecordedRecords converted = new RecordedRecords();
    private final RowTally tally = new RowTally();
    private final IncidentConversion conversion;
    private String headNumber;
    private boolean headDone;

    IncidentChunk(AuditRows rows, SourceTimes times) {
        this.rows = rows;
        this.conversion = new IncidentConversion(times, converted, tally);
    }

    @Override
    public void row(List<String> cells, long line) {
        AuditRow row;
        try {
            row = rows.parse(cells, line);
        } catch (IllegalArgumentException e) {
            unusable(line, e.getMessage());
            return;
        }
        if (!headDone && (headNumber == null || headNumber.equals(row.number()))) {
            headNumber = row.number();
            head.add(row);
        } else {
            headDone = true;
            conversion.add(row);
        }
    }

    @Override
    public void unusable(long line, String reason) {
        if (headDone) {
            tally.rejected();
            converted.unusable(line, reason);
        } else {
            head.add(new Rejected(line, reason));
        }
    }

    /** Reports this chunk into the reading thread's conversion, records and tally, after the chunks before it. */
    void handOver(IncidentConversion main, SourceRecords records, RowTally mainTally) {
        for (Object item : head) {
            if (item instanceof AuditRow row) {
                main.add(row);
            } else {
                Rejected rejected = (Rejected) item;
                mainTally.rejected();
                records.unusable(rejected.line(), rejected.reason());
            }
        }
        if (!headDone) {
            return;
        }
        main.finish(); // a second incident began in this chunk, so the head's incident is complete
        converted.replayInto(records);
        mainTally.add(tally);
        conversion.pending().forEach(main::add); // the last incident may go on in the next chunk
    }
}
