package com.servicepolicy.evaluator.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The event sources this build knows, chosen by name ({@code --events csv:FILE}) or by a file's
 * suffix ({@code .jsonl}, {@code .ndjson}, {@code .csv}, each optionally {@code .gz}). Besides the
 * contract's own formats, importers of helpdesk exports plug in as {@link ServiceLoader} providers of
 * {@link EventSource} (listed in {@code META-INF/services}), so that this package knows none of them;
 * they are asked first about a file's name, as their suffixes ({@code .servicenow.csv}) are the narrower.
 */
public final class EventSources {
    private static final List<EventSource> ALL = load();

    private EventSources() {
    }

    private static List<EventSource> load() {
        List<EventSource> sources = new ArrayList<>();
        ServiceLoader.load(EventSource.class, EventSource.class.getClassLoader()).forEach(sources::add);
        sources.add(new JsonLinesEventSource());
        sources.add(new CsvEventSource());
        return List.copyOf(sources);
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

    public static String names() {
        return ALL.stream().map(EventSource::name).collect(Collectors.joining(", "));
    }
}
