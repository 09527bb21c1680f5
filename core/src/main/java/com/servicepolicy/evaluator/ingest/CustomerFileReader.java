package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Customer;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

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

    /** Streams the customers of {@code file}: CSV ({@code .csv}) or JSON Lines ({@code .jsonl}, {@code .ndjson}), optionally gzip. */
    public static ReadStats read(Path file, CustomerSink sink) throws InputFileException {
        String name = InputFiles.withoutGzip(file.getFileName().toString().toLowerCase(Locale.ROOT));
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
            throw new InputFileException("cannot tell the format of " + file.getFileName()
                    + ": a customers file is .csv, .jsonl or .ndjson, optionally followed by .gz");
        }
        InputStream in = InputFiles.open(file);
        try {
            CustomerRecords records = new CustomerRecords(file.toString(), sink);
            if (csv) {
                CsvTable.scan(in, file.toString(), records);
            } else {
                JsonLines.scan(in, file.toString(), records);
            }
            return records.stats();
        } finally {
            InputFiles.closeQuietly(in);
        }
    }

    /** Reads the elements of a JSON array already parsed (a request's {@code customers}); lines are 0-based indexes. */
    public static ReadStats read(JsonNode array, String source, CustomerSink sink) {
        CustomerRecords records = new CustomerRecords(source, sink);
        for (int i = 0; i < array.size(); i++) {
            records.node(array.get(i), i);
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
