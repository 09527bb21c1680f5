package com.servicepolicy.evaluator.ingest;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The contract's CSV ({@code .csv}): a header row naming the fields, one event per row. */
final class CsvEventSource implements EventSource {
    @Override
    public String name() {
        return "csv";
    }

    @Override
    public boolean readsFileNamed(String lowerCaseName) {
        return lowerCaseName.endsWith(".csv");
    }

    @Override
    public void read(InputStream in, String source, SourceRecords records) throws InputFileException {
        CsvTable.scan(in, source, new CsvTable.Handler() {
            /** {@code columns[i]} is the contract field of column i, or null for a column the contract ignores. */
            private EventField[] columns = new EventField[0];

            @Override
            public void header(List<String> names) throws InputFileException {
                columns = new EventField[names.size()];
                for (int i = 0; i < columns.length; i++) {
                    EventField field = EventField.byName(names.get(i));
                    if (field != null && names.subList(0, i).contains(names.get(i))) {
                        throw new InputFileException("cannot read " + source + ": column '" + names.get(i)
                                + "' appears more than once in the header");
                    }
                    columns[i] = field;
                }
                if (Arrays.stream(columns).allMatch(Objects::isNull)) {
                    throw new InputFileException("cannot read " + source + ": its first row names none of the"
                            + " contract's fields (eventId, type, at, ...): a CSV event log starts with a header row;"
                            + " first row: " + Texts.abbreviate(String.join(",", names)));
                }
            }

            @Override
            public void row(List<String> cells, long line) {
                RawEvent event = new RawEvent();
                for (int i = 0; i < cells.size(); i++) {
                    if (columns[i] != null) {
                        event.set(columns[i], cells.get(i));
                    }
                }
                records.event(event, line);
            }

            @Override
            public void unusable(long line, String reason) {
                records.unusable(line, reason);
            }
        });
    }
}
