package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Customer;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a customers file (CSV or JSON Lines, optionally gzip): {@code customerId} plus any number
 * of protected-attribute columns/fields, each value a group label.
 *
 * <p>Decisions: every field but {@code customerId} is an attribute (names case-sensitive, so
 * {@code CustomerId} is an attribute); an empty cell, empty string or JSON null means "not
 * declared" and is left out of the customer's map; JSON numbers and booleans become their text
 * ({@code 3}, {@code true}); objects and arrays are rejected; {@code customerId} must be a JSON
 * string. A repeated customerId is rejected (counted under rejected, not duplicates) and the first
 * row stands. CSV columns with an empty header name are ignored. Rejections carry the customerId in
 * {@link Rejection#eventId()}.
 */
public final class CustomerFileReader {
    private CustomerFileReader() {
    }

    /** Streams the customers of {@code file}; the format comes from the name as for event logs. */
    public static ReadStats read(Path file, CustomerSink sink) throws InputFileException {
        InputFormat format = InputFormat.ofFileName(file.getFileName().toString());
        InputStream in = InputFiles.open(file);
        try {
            return read(in, format, file.toString(), sink);
        } finally {
            InputFiles.closeQuietly(in);
        }
    }

    /** Streams customers from UTF-8 bytes; the stream is not closed. */
    public static ReadStats read(InputStream in, InputFormat format, String source, CustomerSink sink)
            throws InputFileException {
        CustomerRecords records = new CustomerRecords(source, sink);
        switch (format) {
            case JSON_LINES -> JsonLinesScanner.scan(in, source, records);
            case CSV -> CsvScanner.scan(in, source, records);
        }
        return records.stats();
    }

    /**
     * All customers of {@code file} by id, in file order; rejected rows go to {@code onRejected}.
     * Customers files are small next to event logs, so holding them is fine.
     */
    public static Map<String, Customer> readAll(Path file, Consumer<Rejection> onRejected) throws InputFileException {
        Map<String, Customer> byId = new LinkedHashMap<>();
        read(file, new CustomerSink() {
            @Override
            public void accept(Customer customer) {
                byId.put(customer.customerId(), customer);
            }

            @Override
            public void rejected(Rejection rejection) {
                onRejected.accept(rejection);
            }
        });
        return byId;
    }
}
