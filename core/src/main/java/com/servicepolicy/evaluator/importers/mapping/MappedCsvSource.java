package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.ingest.CsvChunks;
import com.servicepolicy.evaluator.ingest.CsvTable;
import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.EventSource;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.RawEvent;
import com.servicepolicy.evaluator.ingest.RecordedRecords;
import com.servicepolicy.evaluator.ingest.SourceOptions;
import com.servicepolicy.evaluator.ingest.SourceRecords;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Any CSV export described by a mapping file (docs/importers/mapping.md), so that a new helpdesk needs no Java: by
 * default {@code NAME.mapping.yaml} beside {@code NAME.csv}, or the option {@code mapping=PATH}. Also the engine of
 * importers that ship their mapping in the jar (NYC 311).
 */
public final class MappedCsvSource implements EventSource {
    static final String NAME = "mapped";
    private final String name;
    private final String suffix;
    private final Mapping mapping; // null until configured for a file

    public MappedCsvSource() {
        this(NAME, ".mapped.csv", null);
    }

    MappedCsvSource(String name, String suffix, Mapping mapping) {
        this.name = name;
        this.suffix = suffix;
        this.mapping = mapping;
    }

    /** An importer whose mapping is a resource of this jar. */
    static MappedCsvSource builtIn(String name, String suffix, String resource) {
        try (InputStream in = MappedCsvSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new MappedCsvSource(name, suffix, MappingParser.parse(in, resource));
        } catch (IOException | InputFileException e) {
            throw new IllegalStateException("the built-in mapping " + resource + " is broken: " + e.getMessage(), e);
        }
    }

    @Override
    public java.util.Optional<java.time.ZoneId> localTimeZone() {
        return java.util.Optional.ofNullable(mapping == null ? null : mapping.zone());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean readsFileNamed(String lowerCaseName) {
        return lowerCaseName.endsWith(suffix);
    }

    @Override
    public EventSource configured(SourceOptions options, Path file) throws InputFileException {
        options.allowOnly(name, mapping == null ? Set.of("zone", "mapping") : Set.of("zone"));
        Mapping chosen = mapping != null ? mapping : load(options, file);
        return new MappedCsvSource(name, suffix, options.get("zone") == null ? chosen : chosen.withZone(options.zone(chosen.zone())));
    }

    private static Mapping load(SourceOptions options, Path file) throws InputFileException {
        Path mappingFile;
        if (options.get("mapping") != null) {
            mappingFile = Path.of(options.get("mapping"));
        } else if (file != null) {
            String data = file.getFileName().toString().replaceFirst("(?i)(\\.mapped)?\\.csv(\\.gz)?$", "");
            mappingFile = file.resolveSibling(data + ".mapping.yaml");
        } else {
            throw new InputFileException("source mapped needs its mapping file: give it as mapped,mapping=FILE");
        }
        try (InputStream in = Files.newInputStream(mappingFile)) {
            return MappingParser.parse(in, mappingFile.toString());
        } catch (NoSuchFileException e) {
            throw new InputFileException("cannot read mapping " + mappingFile + ": no such file (a mapped CSV needs "
                    + "NAME.mapping.yaml beside NAME.csv, or mapped,mapping=FILE:DATA)");
        } catch (IOException e) {
            throw new InputFileException("cannot read mapping " + mappingFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void read(InputStream in, String source, SourceRecords records) throws InputFileException {
        if (mapping == null) {
            throw new InputFileException("source mapped needs its mapping file: give it as mapped,mapping=FILE");
        }
        RowTally tally = new RowTally();
        RowTimes times = new RowTimes(mapping.timeFormats(), mapping.zone());
        CsvChunks.scan(in, source, new CsvChunks.Handler<MappedRows>() {
            private Mapping bound;
            private Columns header;

            @Override
            public void header(List<String> columns) throws InputFileException {
                header = new Columns(columns, source);
                bound = mapping.bind(header);
            }

            @Override
            public boolean[] columnsRead(int columns) {
                return mapping.columnsRead(header, columns);
            }

            @Override
            public MappedRows chunk() {
                return new MappedRows(bound, times);
            }

            @Override
            public void deliver(MappedRows chunk) {
                chunk.records.replayInto(records);
                tally.add(chunk.tally);
            }
        });
        records.summary(tally.summary(source, name));
    }

    /** The rows of one chunk, converted on a worker thread: the bound mapping and the time formats are immutable. */
    private static final class MappedRows implements CsvTable.Rows {
        private final Mapping bound;
        private final RowEventRules rules;
        private final LastTime times;
        final RecordedRecords records = new RecordedRecords();
        final RowTally tally = new RowTally();
        private final List<RawEvent> events = new ArrayList<>(); // a row's, one list for every row

        MappedRows(Mapping bound, RowTimes times) {
            this.bound = bound;
            this.rules = new RowEventRules(bound.events());
            this.times = new LastTime(times);
        }

        @Override
        public void row(List<String> cells, long line) {
            for (RowCondition skip : bound.skips()) {
                if (skip.holds(cells)) {
                    tally.skipped(skip.reason());
                    return;
                }
            }
            events.clear();
            rules.convert(cells, times, events);
            if (events.isEmpty()) {
                tally.skipped("no event of the mapping applies to the row");
                return;
            }
            tally.converted(events.size());
            for (RawEvent event : events) {
                records.event(event, line);
            }
        }

        @Override
        public void unusable(long line, String reason) {
            tally.rejected();
            records.unusable(line, reason);
        }
    }

    /** One rule's event of a row, field by field: the reference that {@link RowEventRules} is tested against. */
    static RawEvent event(Mapping.EventRule rule, List<String> cells, LastTime times) {
        RawEvent event = new RawEvent().set(EventField.TYPE, rule.type());
        rule.fields().forEach((field, valueRule) -> {
            try {
                put(event, field, valueRule.value(cells), times);
            } catch (IllegalArgumentException e) {
                event.error(field, e.getMessage());
            }
        });
        return event;
    }

    /** Sets a field to a rule's value, a time read in the mapping's formats; throws when the time is not one. */
    static void put(RawEvent event, EventField field, String value, LastTime times) {
        put(event, field, value, times, false);
    }

    /** ... and a text known clean ({@code clean}) given as such ({@link RawEvent#setClean}). */
    static void put(RawEvent event, EventField field, String value, LastTime times, boolean clean) {
        if (value != null && (field == EventField.AT || field == EventField.DUE_AT)) {
            event.setTime(field, times.instant(value));
        } else if (clean) {
            event.setClean(field, value);
        } else {
            event.set(field, value);
        }
    }
}
