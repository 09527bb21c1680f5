package com.servicepolicy.evaluator.spark;

/**
 * The command line's accounting of a run: {@code read = evaluated + duplicates + rejected} over every event
 * input, the violations written, and how many inputs could not be read (reported, not fatal).
 */
record Accounting(long read, long evaluated, long duplicates, long rejected, long violations, long failedFiles) {

    /** The command line's last line, with the same numbers for the same input. */
    String line() {
        return "read=%d evaluated=%d duplicates=%d rejected=%d violations=%d".formatted(
                read, evaluated, duplicates, rejected, violations);
    }

    static final class Builder {
        private long read;
        private long valid;
        private long duplicates;
        private long rejected;
        private long violations;
        private long failedFiles;

        void read(long lines, long validLines, long rejectedLines) {
            read += lines;
            valid += validLines;
            rejected += rejectedLines;
        }

        void duplicates(long n) {
            duplicates = n;
        }

        void violations(long n) {
            violations = n;
        }

        void failedFiles(long n) {
            failedFiles += n;
        }

        /** Duplicates were accepted by the split readers (they cannot see the other splits) and are taken out here. */
        Accounting build() {
            return new Accounting(read, valid - duplicates, duplicates, rejected, violations, failedFiles);
        }
    }
}
