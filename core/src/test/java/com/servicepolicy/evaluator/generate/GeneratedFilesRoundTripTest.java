package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.CustomerFileReader;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.ReadStats;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The product's own readers accept every valid line, count every duplicate and reject every malformed line. */
class GeneratedFilesRoundTripTest {

    @ParameterizedTest
    @CsvSource({"JSONL,false", "JSONL,true", "CSV,false", "CSV,true"})
    void readersSeeExactlyTheGeneratedLog(OutputFormat format, boolean gzip, @TempDir Path dir) throws Exception {
        GeneratorOptions options = new GeneratorOptions(1_500, 77);
        WriteSummary summary = LogFiles.write(options, dir, format, gzip, new LineNoise(0.03, 0.02));
        List<Event> read = new ArrayList<>();
        ReadStats stats = new EventLogReader().read(summary.eventsFile(), new EventSink() {
            @Override
            public void accept(Event event) {
                read.add(event);
            }
        });
        assertThat(stats.accepted()).isEqualTo(summary.validEvents());
        assertThat(stats.duplicates()).isEqualTo(summary.duplicateLines());
        assertThat(stats.rejected()).isEqualTo(summary.malformedLines());

        GeneratedLog expected = new LogGenerator(options).generate();
        assertThat(read.stream().map(OutputFormat.JSONL::line).toList())
                .isEqualTo(expected.events().stream().map(OutputFormat.JSONL::line).toList());
        Map<String, Customer> customers = CustomerFileReader.readAll(summary.customersFile(), r -> {
            throw new AssertionError("customer row rejected: " + r);
        });
        assertThat(customers.values()).containsExactlyInAnyOrderElementsOf(expected.customers());
    }
}
