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

    /**
     * An input opened elsewhere (a distributed file system), buffered and decompressed as a local file of
     * that name would be, with the same messages: {@code shown} names the file in them, {@code size} is its
     * length in bytes.
     *
     * @throws InputFileException a {@code .gz} input that does not start as gzip data
     */
    public static java.io.InputStream decompressed(java.io.InputStream raw, String fileName, String shown, long size)
            throws InputFileException {
        return InputFiles.decompressed(raw, fileName, shown, size);
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
