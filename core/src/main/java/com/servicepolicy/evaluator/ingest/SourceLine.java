package com.servicepolicy.evaluator.ingest;

/** A place in the input: source name (usually the file path as given) and 1-based line. */
public record SourceLine(String source, long line) {
    @Override
    public String toString() {
        return source + ":" + line;
    }
}
