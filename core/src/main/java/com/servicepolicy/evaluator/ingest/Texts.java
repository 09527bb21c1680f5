package com.servicepolicy.evaluator.ingest;

/** Keeps values quoted in error messages short: logs can carry huge or hostile cells. */
final class Texts {
    private static final int MAX = 60;

    private Texts() {
    }

    /**
     * At most {@link #MAX} characters of {@code s} for a message, never cutting a surrogate pair, with
     * control characters and unpaired surrogates written as {@code \\uXXXX}: a reason is stored and
     * printed, and must itself be text every store and terminal accepts.
     */
    static String abbreviate(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX) + 8);
        int i = 0;
        for (int shown = 0; i < s.length() && shown < MAX; shown++) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp < 0x20 || cp == 0x7f || (width == 1 && Character.isSurrogate((char) cp))) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return i < s.length() ? out.append("...").toString() : out.toString();
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
