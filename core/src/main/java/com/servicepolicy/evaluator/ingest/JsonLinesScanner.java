package com.servicepolicy.evaluator.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Feeds the non-blank lines of a JSON Lines stream to a {@link RecordVisitor}. */
final class JsonLinesScanner {
    private JsonLinesScanner() {
    }

    static void scan(InputStream in, String source, RecordVisitor visitor) throws InputFileException {
        ByteLines lines = new ByteLines(in);
        Utf8Check utf8 = new Utf8Check();
        try {
            while (lines.next()) {
                if (lines.tooLong) {
                    visitor.badRecord(lines.number, "line longer than " + (ByteLines.MAX_LINE >> 20) + " MiB");
                    continue;
                }
                if (lines.isBlank()) {
                    continue;
                }
                String bad = utf8.problem(lines.buf(), lines.start, lines.length);
                if (bad != null) {
                    visitor.badRecord(lines.number, bad);
                } else {
                    visitor.jsonLine(lines.buf(), lines.start, lines.length, lines.number);
                }
            }
        } catch (IOException e) {
            throw new InputFileException("cannot read " + source + " after line " + lines.number + ": " + e.getMessage(), e);
        }
    }
}
