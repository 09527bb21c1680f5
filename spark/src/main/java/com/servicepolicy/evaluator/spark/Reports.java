package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.export.RejectLines;
import com.servicepolicy.evaluator.ingest.Rejection;

/**
 * The report lines of records that are not evaluated, as JSON Lines in the command line's
 * {@code --rejects} format ({@code kind} rejected or duplicate), and of inputs that could not be read
 * ({@code kind} file-error, which the command line gives as its one error line).
 */
final class Reports {
    private Reports() {
    }

    static String rejected(Rejection r) {
        return RejectLines.rejected(r);
    }

    static String duplicate(String source, long line, String eventId, String firstSource, long firstLine) {
        return RejectLines.duplicate(source, line, eventId, firstSource.equals(source) ? "duplicate of line " + firstLine
                : "duplicate of " + firstSource + ":" + firstLine);
    }

    /** A line whose eventId an earlier night already stored in the history (the first wins, as on one machine). */
    static String duplicateOfNight(String source, long line, String eventId, String night) {
        return RejectLines.duplicate(source, line, eventId, "duplicate of an event stored by night " + night);
    }

    static String fileError(String source, String reason) {
        return RejectLines.fileError(source, reason);
    }
}
