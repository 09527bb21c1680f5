package com.servicepolicy.evaluator.ingest;

import java.util.Locale;

/** Record formats of the contract; a {@code .gz} suffix on top means gzip-compressed. */
public enum InputFormat {
    /** {@code .jsonl} or {@code .ndjson}: one JSON object per line. */
    JSON_LINES,
    /** {@code .csv}: RFC 4180 with a header row. */
    CSV;

    /** Format named by a file name's suffix (case-insensitive), ignoring a trailing {@code .gz}. */
    public static InputFormat ofFileName(String fileName) throws InputFileException {
        String name = stripGzip(fileName.toLowerCase(Locale.ROOT));
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        throw new InputFileException("cannot tell the format of " + fileName
                + ": expected a name ending in .jsonl, .ndjson or .csv, optionally followed by .gz");
    }

    static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static String stripGzip(String lowerName) {
        return lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
    }
}
