package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.ingest.CustomerFileReader;
import com.servicepolicy.evaluator.ingest.CustomerSink;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.Rejection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The customers file, read by the driver with the core's customer reader (it is small beside the events and
 * broadcast whole): the customers, and a report line for each rejected row or for the file itself.
 */
final class DriverInputs {
    /** Reports of the customers file sort before every event input's, as the command line reads it first. */
    static final int CUSTOMERS_FILE = -1;

    record Customers(List<Customer> customers, List<ReportLine> reports, boolean failed) {
    }

    private DriverInputs() {
    }

    static Customers customers(Path file) {
        List<Customer> customers = new ArrayList<>();
        List<ReportLine> reports = new ArrayList<>();
        if (file == null) {
            return new Customers(customers, reports, false);
        }
        try {
            CustomerFileReader.read(file, new CustomerSink() {
                @Override
                public void accept(Customer customer) {
                    customers.add(customer);
                }

                @Override
                public void rejected(Rejection rejection) {
                    reports.add(new ReportLine(CUSTOMERS_FILE, rejection.line(), Reports.rejected(rejection)));
                }
            });
            return new Customers(customers, reports, false);
        } catch (InputFileException e) {
            reports.add(new ReportLine(CUSTOMERS_FILE, Long.MAX_VALUE, Reports.fileError(file.toString(), e.getMessage())));
            return new Customers(List.of(), reports, true);
        }
    }
}
