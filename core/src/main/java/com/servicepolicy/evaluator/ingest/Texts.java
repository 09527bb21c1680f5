package com.servicepolicy.evaluator.ingest;

/** Keeps values quoted in error messages short: logs can carry huge or hostile cells. */
final class Texts {
    private static final int MAX = 60;

    private Texts() {
    }

    static String abbreviate(String s) {
        return s.length() <= MAX ? s : s.substring(0, MAX) + "...";
    }

    /** First line of an exception message (Jackson appends source locations on later lines). */
    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // "(start marker at [Source: REDACTED ...; byte offset: #UNKNOWN])" says nothing to a reader of the log
        int marker = line.indexOf(" (start marker at [Source");
        if (marker > 0) {
            line = line.substring(0, marker);
        }
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
