package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.night.PlacedEvent;
import com.servicepolicy.evaluator.spill.EventBytes;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code event_histories}: a chunk's events grouped by customer, each group one row (split where it
 * passes {@link #MAX_BYTES}), its events in {@link CompactHistory}'s form, each with the line it was read from (rows
 * of the first form, the core's {@link EventBytes} after each line number, are still read). The row's columns carry
 * what the queries select on: customer, night, source, first line, the earliest and latest event time and the number
 * of events.
 */
final class HistoryRows {
    /** A row's events stop growing here: rows stay small enough for every database's in-row storage and cache. */
    static final int MAX_BYTES = 128 * 1024;

    private HistoryRows() {
    }

    /** One row: the customer's events of one source, with what the queries select on. */
    record Row(String customerId, String source, long firstLine, long firstAt, long lastAt, int count, byte[] events,
               byte[] ids) {
    }

    /** An id and its line, read from a row's id list ({@link #readIds}). */
    record IdLine(String eventId, long line) {
    }

    /** An event read back from a row, with the line it was read from. */
    record Line(Event event, long line) {
    }

    /**
     * The chunk's events as rows, by file then customer in order of first appearance (a chunk is usually one file's),
     * each customer's events in line order.
     */
    static List<Row> of(List<PlacedEvent> events) {
        Map<String, Map<String, List<PlacedEvent>>> bySource = new LinkedHashMap<>();
        Map<String, List<PlacedEvent>> byCustomer = null;
        String source = null;
        int groups = 0;
        for (PlacedEvent p : events) {
            if (!p.source().equals(source)) {
                source = p.source();
                byCustomer = bySource.computeIfAbsent(source, k -> new LinkedHashMap<>());
            }
            List<PlacedEvent> group = byCustomer.get(p.event().getCustomerId());
            if (group == null) {
                group = new ArrayList<>();
                byCustomer.put(p.event().getCustomerId(), group);
                groups++;
            }
            group.add(p);
        }
        List<Row> rows = new ArrayList<>(groups);
        CompactHistory.Writer writer = new CompactHistory.Writer();
        for (List<PlacedEvent> group : bySource.values().stream().flatMap(m -> m.values().stream()).toList()) {
            String customerId = group.get(0).event().getCustomerId();
            int from = 0;
            writer.start(customerId);
            for (int i = 0; i < group.size(); i++) {
                writer.add(group.get(i));
                if (writer.size() >= MAX_BYTES || i == group.size() - 1) {
                    List<PlacedEvent> part = group.subList(from, i + 1);
                    rows.add(row(part, writer.toByteArray(), CompactHistory.ids(part)));
                    writer.start(customerId);
                    from = i + 1;
                }
            }
        }
        return rows;
    }

    /** Rows of already stored events (a rewritten row, the migration): one customer and source, in line order. */
    static List<Row> ofStored(String customerId, String source, List<Line> lines) {
        List<PlacedEvent> placed = new ArrayList<>(lines.size());
        for (Line l : lines) {
            placed.add(new PlacedEvent(l.event(), source, l.line()));
        }
        List<Row> rows = of(placed);
        for (Row r : rows) {
            if (!r.customerId().equals(customerId)) {
                throw new IllegalArgumentException("not one customer's events: " + r.customerId());
            }
        }
        return rows;
    }

    static List<Line> read(byte[] events) {
        List<Line> lines = new ArrayList<>();
        readBuilders(events, (event, line) -> lines.add(new Line(event.build(), line)));
        return lines;
    }

    /** A row's events as builders with their lines, in stored order: for {@link Timeline}, which numbers them first. */
    static void readBuilders(byte[] events, CompactHistoryReader.Lines action) {
        if (CompactHistory.isCompact(events)) {
            CompactHistoryReader.read(events, action);
            return;
        }
        DataInputStream in = new DataInputStream(new ByteBuffers.In(events));
        try {
            while (in.available() > 0) {
                long line = in.readLong();
                action.accept(EventBytes.readBuilder(in), line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a history row that is not one", e);
        }
    }

    /** The outlines of a row's events ({@link EventBytes#readOutline}): what choosing the night's customers reads. */
    static List<EventBytes.Outline> readOutlines(byte[] events) {
        if (CompactHistory.isCompact(events)) {
            return CompactHistoryReader.readOutlines(events);
        }
        List<EventBytes.Outline> outlines = new ArrayList<>();
        DataInputStream in = new DataInputStream(new ByteBuffers.In(events));
        try {
            while (in.available() > 0) {
                in.readLong(); // the line
                outlines.add(EventBytes.readOutline(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a history row that is not one", e);
        }
        return outlines;
    }

    /** The ids and lines of a row alone: what the night's id registry loads, without decoding the events. */
    static List<IdLine> readIds(byte[] ids) {
        List<IdLine> lines = new ArrayList<>();
        if (CompactHistory.isCompact(ids)) {
            CompactHistoryReader.readIds(ids, (id, line) -> lines.add(new IdLine(id, line)));
            return lines;
        }
        DataInputStream in = new DataInputStream(new ByteBuffers.In(ids));
        try {
            while (in.available() > 0) {
                long line = in.readLong();
                char[] chars = new char[in.readInt()];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = in.readChar();
                }
                lines.add(new IdLine(new String(chars), line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an id list that is not one", e);
        }
        return lines;
    }

    private static Row row(List<PlacedEvent> group, byte[] events, byte[] ids) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (PlacedEvent p : group) {
            first = Math.min(first, p.event().getAt());
            last = Math.max(last, p.event().getAt());
        }
        PlacedEvent head = group.get(0);
        return new Row(head.event().getCustomerId(), head.source(), head.line(), first, last, group.size(), events,
                ids);
    }
}
