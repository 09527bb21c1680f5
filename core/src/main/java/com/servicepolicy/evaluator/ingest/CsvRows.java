package com.servicepolicy.evaluator.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Streams the rows of an RFC 4180 CSV with Jackson's CSV parser (quoted commas, quotes and line
 * breaks), each with the line it starts on and, if unusable, why. A row is handed out only once
 * the next one has started, because only then is it known whether bad UTF-8 fell inside it.
 */
final class CsvRows implements AutoCloseable {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream
            .build();
    private static final int MAX_ERRORS_WITHOUT_PROGRESS = 100;

    /** One row; {@code problem} is null for a usable row. */
    record Row(List<String> cells, long line, long startChar, String problem) {
        boolean isBlank() {
            return cells.size() == 1 && cells.get(0).isEmpty();
        }
    }

    private final String source;
    private final DecodingReader reader;
    private final JsonParser parser;
    private final long linesBefore;
    private Row pending;
    private boolean started;
    private long lineAfterLastRow;
    private long charAfterLastRow;

    CsvRows(InputStream in, String source) {
        this(in, source, 0);
    }

    /**
     * The rows of a part of an input that starts on a row boundary after {@code linesBefore} lines of it, numbered as
     * in the whole input; a byte order mark is skipped only at the very start of an input.
     */
    CsvRows(InputStream in, String source, long linesBefore) {
        this.source = source;
        this.linesBefore = linesBefore;
        this.lineAfterLastRow = linesBefore + 1;
        reader = new DecodingReader(in, linesBefore == 0);
        parser = MAPPER.reader().with(CsvSchema.emptySchema()).createParser(reader);
    }

    /** The next row, or {@code null} at end of input. Throws on I/O failure or hopeless input. */
    Row next() throws InputFileException {
        if (!started) {
            started = true;
            pending = readRow();
        }
        Row row = pending;
        if (row == null) {
            return null;
        }
        pending = readRow();
        long end = pending == null ? Long.MAX_VALUE : pending.startChar();
        if (reader.takeMalformedBefore(end) && row.problem() == null) {
            return new Row(row.cells(), row.line(), row.startChar(), "not valid UTF-8");
        }
        return row;
    }

    private Row readRow() throws InputFileException {
        List<String> cells = new ArrayList<>();
        boolean started = false;
        String problem = null;
        int errors = 0;
        while (true) {
            JsonToken token;
            try {
                token = parser.nextToken();
                errors = 0;
            } catch (JacksonIOException e) {
                throw new InputFileException("cannot read " + source + " after line " + lineAfterLastRow + ": "
                        + InputFiles.describe(e.getCause() != null ? e.getCause() : e), e);
            } catch (JacksonException e) {
                // Jackson resynchronises after a quoting error; keep the rest of the row, reject it.
                if (problem == null) {
                    problem = "malformed CSV: " + Texts.firstLine(e.getOriginalMessage());
                }
                if (++errors > MAX_ERRORS_WITHOUT_PROGRESS) {
                    throw new InputFileException("cannot read " + source + ": CSV unreadable after line " + lineAfterLastRow, e);
                }
                continue;
            }
            if (token == null) {
                return null;
            }
            if (token == JsonToken.VALUE_STRING) {
                started = true;
                cells.add(parser.getString());
            } else if (token == JsonToken.END_ARRAY && (started || problem != null)) {
                // A row starts where the one before it ended, even when its first cell is broken: its line, and bad
                // UTF-8 anywhere in it, are its own.
                Row row = new Row(cells, lineAfterLastRow, charAfterLastRow, problem);
                lineAfterLastRow = linesBefore + parser.currentLocation().getLineNr();
                charAfterLastRow = parser.currentLocation().getCharOffset();
                return row;
            }
            // START_ARRAY of the document or a row, END_ARRAY of the document: structure only.
        }
    }

    @Override
    public void close() {
        parser.close();
    }
}
