package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.ingest.CustomerFileReader;
import com.servicepolicy.evaluator.ingest.CustomerSink;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.EventSource;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What to read for an evaluation, whatever door it came through: event inputs (files, a request body,
 * a request's array of events) and, optionally, the customers (a file or a request's array).
 */
public record LogRequest(List<Events> events, Customers customers) {
    public LogRequest {
        events = List.copyOf(events);
    }

    /** Event files, with customers from a file or none. */
    public static LogRequest ofFiles(List<EventInput> files, Path customersFile) {
        return new LogRequest(files.stream().map(Events::file).toList(),
                customersFile == null ? null : Customers.file(customersFile));
    }

    /** One input of events, read with the run's one reader (its duplicate registry spans every input). */
    @FunctionalInterface
    public interface Events {
        ReadStats readInto(EventLogReader reader, EventSink sink) throws InputFileException;

        /** About how many bytes of records this input holds once uncompressed; 0 when unknown. */
        default long expectedBytes() {
            return 0;
        }

        static Events file(EventInput input) {
            return new Events() {
                @Override
                public ReadStats readInto(EventLogReader reader, EventSink sink) throws InputFileException {
                    return reader.read(input, sink);
                }

                @Override
                public long expectedBytes() {
                    return input.expectedBytes();
                }
            };
        }

        /** A stream of the source's records (e.g. an NDJSON request body), named {@code source} in rejections. */
        static Events stream(InputStream in, EventSource format, String source) {
            return (reader, sink) -> reader.read(in, format, source, sink);
        }

        /** A JSON array of event objects already parsed (a request's {@code events}). */
        static Events array(JsonNode array, String source) {
            return (reader, sink) -> reader.read(array, source, sink);
        }
    }

    /** The customers with their protected-attribute groups. */
    @FunctionalInterface
    public interface Customers {
        ReadStats readInto(CustomerSink sink) throws InputFileException;

        static Customers file(Path file) {
            return sink -> CustomerFileReader.read(file, sink);
        }

        static Customers array(JsonNode array, String source) {
            return sink -> CustomerFileReader.read(array, source, sink);
        }
    }
}
