package com.servicepolicy.evaluator.ingest;

import java.nio.file.Path;

/**
 * One event file to read and the source that reads it: named before the path ({@code csv:FILE},
 * {@code servicenow:FILE}) or told by the file's suffix. Rejections name the file as written.
 */
public record EventInput(Path file, EventSource source) {

    /** {@code NAME:PATH} when NAME is a known source, else a path whose suffix tells the source. */
    public static EventInput parse(String spec) throws InputFileException {
        int colon = spec.indexOf(':');
        if (colon > 0 && EventSources.isName(spec.substring(0, colon))) {
            return new EventInput(Path.of(spec.substring(colon + 1)), EventSources.named(spec.substring(0, colon)));
        }
        return of(Path.of(spec));
    }

    /** A file whose suffix tells its source. */
    public static EventInput of(Path file) throws InputFileException {
        return new EventInput(file, EventSources.forFileName(file.getFileName().toString()));
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
