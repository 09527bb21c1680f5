package com.servicepolicy.evaluator.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a JSON Lines stream into its non-blank lines, each known to be valid UTF-8, for whatever
 * reads its records (events or customers). Blank lines are not records and are skipped.
 */
final class JsonLines {
    /** Receives the lines of one stream, in order. */
    interface Handler {
        /** A non-blank line, valid UTF-8: {@code buf[off, off+len)}. */
        void line(byte[] buf, int off, int len, long line);

        /** A line that cannot be a record (invalid UTF-8, too long). */
        void unusable(long line, String reason);
    }

    private JsonLines() {
    }

    static void scan(InputStream in, String source, Handler handler) throws InputFileException {
        ByteLines lines = new ByteLines(in);
        Utf8Check utf8 = new Utf8Check();
        try {
            while (lines.next()) {
                if (lines.tooLong) {
                    handler.unusable(lines.number, "line longer than " + (ByteLines.MAX_LINE >> 20) + " MiB");
                    continue;
                }
                if (lines.isBlank()) {
                    continue;
                }
                String bad = utf8.problem(lines.buf(), lines.start, lines.length);
                if (bad != null) {
                    handler.unusable(lines.number, bad);
                } else {
                    handler.line(lines.buf(), lines.start, lines.length, lines.number);
                }
            }
        } catch (IOException e) {
            throw new InputFileException("cannot read " + source + (lines.number > 0 ? " after line " + lines.number : "")
                    + ": " + InputFiles.describe(e), e);
        }
    }
}
