package com.servicepolicy.evaluator.ingest;

/**
 * The input as a whole cannot be read: missing or unreadable file, unknown file type, corrupt
 * gzip, I/O failure, unusable CSV header. Bad individual lines are never reported this way; they
 * become {@link Rejection}s. The command line exits with status 1 on this.
 */
public class InputFileException extends Exception {
    private ReadStats readBefore = ReadStats.EMPTY;

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The records counted before the failure (this input's and earlier inputs' of the same read), so that
     * a door can still give its accounting line. */
    public ReadStats readBefore() {
        return readBefore;
    }

    /** Adds records counted before the failure; returns this exception, for {@code throw e.countedAlso(s)}. */
    public InputFileException countedAlso(ReadStats stats) {
        readBefore = readBefore.plus(stats);
        return this;
    }
}
