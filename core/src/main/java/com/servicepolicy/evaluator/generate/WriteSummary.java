package com.servicepolicy.evaluator.generate;

import java.nio.file.Path;

/** What {@link LogFiles#write} produced: every line of the events file is a valid event, a malformed line or a duplicate. */
public record WriteSummary(Path eventsFile, Path customersFile, long customers, long interactions,
                           long validEvents, long malformedLines, long duplicateLines) {
    public long eventLines() {
        return validEvents + malformedLines + duplicateLines;
    }
}
