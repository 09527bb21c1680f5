package com.servicepolicy.evaluator.ingest;

/**
 * The input as a whole cannot be read: missing or unreadable file, unknown file type, corrupt
 * gzip, I/O failure, unusable CSV header. Bad individual lines are never reported this way; they
 * become {@link Rejection}s. The command line exits with status 1 on this.
 */
public class InputFileException extends Exception {
    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
