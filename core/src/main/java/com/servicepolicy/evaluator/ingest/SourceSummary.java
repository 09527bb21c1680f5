package com.servicepolicy.evaluator.ingest;

import java.util.Map;

/**
 * What a source adapter made of its input's own rows (a helpdesk export's rows, not our event lines): every
 * row was converted into {@code events}, skipped for a reason (counted per reason), or rejected (each also
 * reported as a {@link Rejection} with its row and reason). Always {@code rows == converted + skipped + rejected}.
 */
public record SourceSummary(String source, String format, long rows, long converted, long skipped, long rejected,
                            long events, Map<String, Long> skippedByReason) {
    public SourceSummary {
        skippedByReason = Map.copyOf(skippedByReason);
        if (rows != converted + skipped + rejected) {
            throw new IllegalArgumentException("rows " + rows + " != converted " + converted + " + skipped " + skipped
                    + " + rejected " + rejected);
        }
    }

    /** E.g. {@code servicenow export.csv: rows=2040 converted=900 skipped=1138 rejected=2 events=1500}. */
    @Override
    public String toString() {
        return format + " " + source + ": rows=" + rows + " converted=" + converted + " skipped=" + skipped
                + " rejected=" + rejected + " events=" + events;
    }
}
