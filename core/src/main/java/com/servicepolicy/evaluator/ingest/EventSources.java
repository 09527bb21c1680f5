package com.servicepolicy.evaluator.ingest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The event sources this build knows, chosen by name ({@code --events csv:FILE}) or by a file's
 * suffix ({@code .jsonl}, {@code .ndjson}, {@code .csv}, each optionally {@code .gz}).
 */
public final class EventSources {
    private static final List<EventSource> ALL = List.of(new JsonLinesEventSource(), new CsvEventSource());

    private EventSources() {
    }

    public static List<EventSource> all() {
        return ALL;
    }

    /** The source called {@code name} (case-insensitive). */
    public static EventSource named(String name) throws InputFileException {
        for (EventSource s : ALL) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new InputFileException("unknown event source '" + name + "': expected one of " + names());
    }

    /** Whether some source is called {@code name}. */
    public static boolean isName(String name) {
        return ALL.stream().anyMatch(s -> s.name().equalsIgnoreCase(name));
    }

    /** The source a file's name says it holds, ignoring a trailing {@code .gz}. */
    public static EventSource forFileName(String fileName) throws InputFileException {
        String name = InputFiles.withoutGzip(fileName.toLowerCase(Locale.ROOT));
        for (EventSource s : ALL) {
            if (s.readsFileNamed(name)) {
                return s;
            }
        }
        throw new InputFileException("cannot tell the format of " + fileName
                + ": expected a name ending in .jsonl, .ndjson or .csv, optionally followed by .gz,"
                + " or a source named before the path (" + names() + "), e.g. csv:" + fileName);
    }

    private static String names() {
        return ALL.stream().map(EventSource::name).collect(Collectors.joining(", "));
    }
}
