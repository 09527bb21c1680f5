package com.servicepolicy.evaluator.importers;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.EventSource;
import com.servicepolicy.evaluator.ingest.EventSources;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.ingest.SourceOptions;
import com.servicepolicy.evaluator.ingest.SourceSummary;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Everything one importer run reported, for assertions: the events accepted, the rejections, the row summary. */
public final class ImportRun implements EventSink {
    public final List<Event> events = new ArrayList<>();
    public final List<Rejection> rejections = new ArrayList<>();
    public final List<Duplicate> duplicates = new ArrayList<>();
    public final List<SourceSummary> summaries = new ArrayList<>();
    public ReadStats stats;

    /** Reads {@code text} as the named source, with options such as {@code zone=UTC}. */
    public static ImportRun of(String source, String text, String... options) throws InputFileException {
        EventSource configured = EventSources.named(source).configured(options(options), null);
        ImportRun run = new ImportRun();
        run.stats = new EventLogReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                configured, "test.csv", run);
        return run;
    }

    /** Reads a file given as the command line gives it ({@code servicenow:FILE}). */
    public static ImportRun ofFile(String spec) throws InputFileException {
        ImportRun run = new ImportRun();
        run.stats = new EventLogReader().read(EventInput.parse(spec), run);
        return run;
    }

    /** A file of the project (tests run in core/, the samples lie one level up). */
    public static Path project(String path) {
        Path here = Path.of(path);
        return Files.exists(here) ? here : Path.of("..").resolve(path);
    }

    private static SourceOptions options(String... pairs) throws InputFileException {
        return pairs.length == 0 ? SourceOptions.NONE : SourceOptions.parse(String.join(",", pairs));
    }

    public SourceSummary summary() {
        if (summaries.size() != 1) {
            throw new AssertionError("expected one summary, got " + summaries);
        }
        return summaries.get(0);
    }

    /** {@code TYPE@at} per event of one interaction, in input order, e.g. {@code OPENED@2016-02-29T01:16:00Z}. */
    public List<String> timeline(String interactionId) {
        return events.stream().filter(e -> interactionId.equals(e.getInteractionId()))
                .map(e -> e.getType() + (e.getStatus() != null ? "(" + e.getStatus() + ")" : "")
                        + (e.getType().name().equals("PRIORITY_CHANGED") ? "(" + e.getPriority() + ")" : "")
                        + "@" + e.instant())
                .toList();
    }

    public Map<String, Long> countsByType() {
        return events.stream().collect(Collectors.groupingBy(e -> e.getType().name(), java.util.TreeMap::new, Collectors.counting()));
    }

    @Override
    public void accept(Event event) {
        events.add(event);
    }

    @Override
    public void rejected(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public void duplicate(Duplicate duplicate) {
        duplicates.add(duplicate);
    }

    @Override
    public void summary(SourceSummary summary) {
        summaries.add(summary);
    }
}
