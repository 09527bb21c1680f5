package com.servicepolicy.evaluator.ingest;

import java.nio.file.Path;

/**
 * One event file to read and the source that reads it: named before the path ({@code csv:FILE},
 * {@code servicenow:FILE}) or told by the file's suffix. Rejections name the file as written.
 */
public record EventInput(Path file, EventSource source) {
    /** The name that means standard input ({@code --events -}, or {@code csv:-}), as shells' tools use it. */
    public static final String STDIN = "-";

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
        if (isStdin(file)) { // no suffix to go by: JSON Lines, the contract's own format
            return new EventInput(file, EventSources.forFileName("stdin.jsonl"));
        }
        if (java.nio.file.Files.isDirectory(file)) { // before its name is taken for a format
            throw new InputFileException("cannot read " + file + ": it is a directory; name the files in it");
        }
        return new EventInput(file, EventSources.forFileName(file.getFileName().toString()));
    }

    /**
     * About how many bytes of records the file holds once uncompressed (a gzip file is taken to shrink
     * its text eight times); 0 when its size cannot be read. Only an estimate, for sizing temporary files.
     */
    public long expectedBytes() {
        try {
            long size = java.nio.file.Files.size(file);
            return InputFiles.isGzip(file.getFileName().toString()) ? 8 * size : size;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    static boolean isStdin(Path file) {
        return file.toString().equals(STDIN);
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
