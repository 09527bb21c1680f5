package com.servicepolicy.evaluator.ingest;

import java.util.List;

/** Turns the records of one input into events, rejections and duplicates, counting each. */
final class EventRecords implements RecordVisitor {
    private final String source;
    private final EventIdRegistry ids;
    private final EventSink sink;
    private EventField[] columns = new EventField[0];
    private long read;
    private long accepted;
    private long duplicates;
    private long rejected;

    EventRecords(String source, EventIdRegistry ids, EventSink sink) {
        this.source = source;
        this.ids = ids;
        this.sink = sink;
    }

    @Override
    public void jsonLine(byte[] buf, int off, int len, long line) {
        read++;
        handle(EventParser.parseJsonLine(buf, off, len, line), line);
    }

    @Override
    public void csvHeader(List<String> names) throws InputFileException {
        columns = new EventField[names.size()];
        for (int i = 0; i < columns.length; i++) {
            EventField field = EventField.byName(names.get(i));
            if (field != null && names.subList(0, i).contains(names.get(i))) {
                throw new InputFileException("cannot read " + source + ": column '" + names.get(i)
                        + "' appears more than once in the header");
            }
            columns[i] = field;
        }
    }

    @Override
    public void csvRow(List<String> cells, long line) {
        read++;
        handle(EventParser.parseCsvRow(columns, cells, line), line);
    }

    @Override
    public void badRecord(long line, String reason) {
        read++;
        rejected++;
        sink.rejected(Rejection.ofRecord(source, line, reason));
    }

    private void handle(ParseResult result, long line) {
        if (!result.isValid()) {
            rejected++;
            sink.rejected(result.toRejection(source, line));
        } else if (ids.add(result.eventId(), source, line)) {
            accepted++;
            sink.accept(result.event());
        } else {
            duplicates++;
            String id = result.eventId();
            sink.duplicate(new Duplicate(source, line, id, ids.firstSeen(id).orElse(null)));
        }
    }

    ReadStats stats() {
        return new ReadStats(read, accepted, duplicates, rejected);
    }
}
