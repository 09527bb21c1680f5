package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.InputFileException;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV export described in YAML (docs/importers/mapping.md): the zone and formats of its local times, the columns it
 * must have, rows to skip and why, and the events each row makes, field by field.
 */
record Mapping(String name, ZoneId zone, List<String> timeFormats, List<String> requiredColumns,
               List<RowCondition> skips, List<EventRule> events) {

    /** One kind of event a row makes, when {@code when} holds (always when null). */
    record EventRule(String type, RowCondition when, Map<EventField, ValueRule> fields) {
        EventRule bind(Columns header) {
            Map<EventField, ValueRule> bound = new LinkedHashMap<>();
            fields.forEach((field, rule) -> bound.put(field, rule.bind(header)));
            return new EventRule(type, when == null ? null : when.bind(header), bound);
        }
    }

    Mapping withZone(ZoneId other) {
        return new Mapping(name, other, timeFormats, requiredColumns, skips, events);
    }

    /** Which of a header's {@code columns} this mapping reads: the others need not be made into text. */
    boolean[] columnsRead(Columns header, int columns) {
        List<String> names = new ArrayList<>();
        skips.forEach(s -> names.add(s.column()));
        for (EventRule rule : events) {
            if (rule.when() != null) {
                names.add(rule.when().column());
            }
            rule.fields().values().forEach(v -> names.addAll(v.columns()));
        }
        boolean[] read = new boolean[columns];
        for (String name : names) {
            int i = header.indexOf(name);
            if (i >= 0) {
                read[i] = true;
            }
        }
        return read;
    }

    /** This mapping's columns resolved against a file's header; fails when a required column is missing. */
    Mapping bind(Columns header) throws InputFileException {
        header.require(name, requiredColumns.toArray(String[]::new));
        List<RowCondition> boundSkips = new ArrayList<>();
        skips.forEach(s -> boundSkips.add(s.bind(header)));
        List<EventRule> boundEvents = new ArrayList<>();
        events.forEach(e -> boundEvents.add(e.bind(header)));
        return new Mapping(name, zone, timeFormats, requiredColumns, boundSkips, boundEvents);
    }
}
