package com.servicepolicy.evaluator.ingest;

import java.nio.file.Path;

/**
 * One event file to read and the source that reads it: named before the path ({@code csv:FILE},
 * {@code servicenow:FILE}) or told by the file's suffix. Rejections name the file as written.
 */
public record EventInput(Path file, EventSource source) {
    /** The name that means standard input ({@code --events -}, or {@code csv:-}), as shells' tools use it. */
    public static final String STDIN = "-";

    /** {@code NAME:PATH} or {@code NAME,key=value,...:PATH} when NAME is a known source, else a path whose suffix tells the source. */
    public static EventInput parse(String spec) throws InputFileException {
        return parse(spec, SourceOptions.NONE);
    }

    /**
     * As {@link #parse(String)}, with {@code defaults} for options the spec does not set (e.g. a command's
     * {@code --zone}); a source ignores the defaults it has no use for.
     */
    public static EventInput parse(String spec, SourceOptions defaults) throws InputFileException {
        int colon = spec.indexOf(':');
        if (colon > 0) {
            String head = spec.substring(0, colon);
            int comma = head.indexOf(',');
            String name = comma < 0 ? head : head.substring(0, comma);
            if (EventSources.isName(name)) {
                SourceOptions options = comma < 0 ? SourceOptions.NONE : SourceOptions.parse(head.substring(comma + 1));
                EventSource source = EventSources.named(name);
                Path file = Path.of(spec.substring(colon + 1));
                return new EventInput(file, source.configured(withDefaults(options, defaults, source), file));
            }
        }
        return of(Path.of(spec), defaults);
    }

    /** A file whose suffix tells its source. */
    public static EventInput of(Path file) throws InputFileException {
        return of(file, SourceOptions.NONE);
    }

    private static EventInput of(Path file, SourceOptions defaults) throws InputFileException {
        if (isStdin(file)) { // no suffix to go by: JSON Lines, the contract's own format
            return new EventInput(file, EventSources.forFileName("stdin.jsonl"));
        }
        if (java.nio.file.Files.isDirectory(file)) { // before its name is taken for a format
            throw new InputFileException("cannot read " + file + ": it is a directory; name the files in it");
        }
        EventSource source = EventSources.forFileName(file.getFileName().toString());
        return new EventInput(file, source.configured(withDefaults(SourceOptions.NONE, defaults, source), file));
    }

    /** Defaults apply only to sources that take options at all (the contract's own formats take none). */
    private static SourceOptions withDefaults(SourceOptions options, SourceOptions defaults, EventSource source) {
        if (source instanceof JsonLinesEventSource || source instanceof CsvEventSource) {
            return options;
        }
        SourceOptions merged = options;
        for (var e : defaults.values().entrySet()) {
            merged = merged.withDefault(e.getKey(), e.getValue());
        }
        return merged;
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
