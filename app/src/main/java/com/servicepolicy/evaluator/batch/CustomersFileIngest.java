package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.ingest.CustomerFileReader;
import com.servicepolicy.evaluator.ingest.CustomerSink;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.night.CustomerStore;
import com.servicepolicy.evaluator.night.IngestLedger;
import com.servicepolicy.evaluator.night.RejectedLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Ingest of a night's customers files (part of step 1, see IngestTasklet). */
@Component
class CustomersFileIngest {
    private static final Logger log = LoggerFactory.getLogger(CustomersFileIngest.class);

    private final CustomerStore customers;
    private final IngestLedger ledger;
    private final BatchProperties properties;
    private final TransactionTemplate transaction;

    CustomersFileIngest(CustomerStore customers, IngestLedger ledger, BatchProperties properties,
                        PlatformTransactionManager transactionManager) {
        this.customers = customers;
        this.ledger = ledger;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Streams a customers file, committing every {@code chunkLines} rows with the file's checkpoint
     * (rows done, in file order), so memory does not grow with the file. Replacing a customer's
     * attributes is idempotent; rejects of rows a checkpoint covers are not written twice.
     */
    void ingest(Night night, Path file) throws InputFileException {
        String source = file.getFileName().toString();
        String name = IngestWriter.checkpointName(source);
        if ("done".equals(ledger.textPosition(night.date(), name))) {
            return;
        }
        long skip = ledger.position(night.date(), name).orElse(0);
        List<Customer> read = new ArrayList<>();
        List<RejectedLine> rejects = new ArrayList<>();
        long[] rows = {0, 0};
        Runnable flush = () -> {
            long done = rows[0];
            transaction.executeWithoutResult(status -> {
                customers.replace(read);
                ledger.addRejects(night.date(), rejects);
                ledger.checkpoint(night.date(), name, done, null);
            });
            rows[1] += read.size();
            read.clear();
            rejects.clear();
        };
        CustomerFileReader.read(file, new CustomerSink() {
            @Override
            public void accept(Customer customer) {
                if (++rows[0] > skip) {
                    read.add(customer);
                    flushIfFull();
                }
            }

            @Override
            public void rejected(Rejection rejection) {
                if (++rows[0] > skip) {
                    rejects.add(IngestTasklet.rejected(source, rejection, RejectedLine.CUSTOMER));
                    flushIfFull();
                }
            }

            private void flushIfFull() {
                if (read.size() + rejects.size() >= properties.chunkLines()) {
                    flush.run();
                }
            }
        });
        flush.run();
        ledger.checkpoint(night.date(), name, rows[0], "done");
        log.info("{}: {} customers stored, {} rows", source, rows[1], rows[0]);
    }
}
