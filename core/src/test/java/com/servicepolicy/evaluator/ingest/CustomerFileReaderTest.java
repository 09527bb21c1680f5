package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicepolicy.evaluator.event.Customer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerFileReaderTest {
    @TempDir
    Path dir;

    private final List<Customer> customers = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final CustomerSink sink = new CustomerSink() {
        @Override
        public void accept(Customer customer) {
            customers.add(customer);
        }

        @Override
        public void rejected(Rejection rejection) {
            rejections.add(rejection);
        }
    };

    @Test
    void csvEmptyCellMeansNotDeclaredAndRepeatedIdIsRejected() throws Exception {
        Path file = TestFiles.write(dir, "customers.csv",
                "customerId,disability,religion,ageBand",
                "c1,yes,,18-34",
                "c2,no,\"none, really\"",
                ",yes,x,y",
                "c1,no,,",
                "c3,a,b,c,d");
        ReadStats stats = CustomerFileReader.read(file, sink);
        assertThat(stats).isEqualTo(new ReadStats(5, 2, 0, 3));
        assertThat(customers.get(0)).isEqualTo(new Customer("c1", Map.of("disability", "yes", "ageBand", "18-34")));
        assertThat(customers.get(1).attributes()).isEqualTo(Map.of("disability", "no", "religion", "none, really"));
        assertThat(rejections).extracting(Rejection::toString).containsExactly(
                file + ":4: customerId: missing",
                file + ":5: customerId: duplicate of line 2",
                file + ":6: 5 cells but the header has 4 columns");
        assertThat(rejections.get(1).eventId()).isEqualTo("c1");
    }

    @Test
    void jsonLinesConvertsScalarsAndRejectsNestedValues() throws Exception {
        Path file = TestFiles.write(dir, "customers.jsonl.gz",
                "{\"customerId\":\"c1\",\"disability\":\"yes\",\"age\":42,\"veteran\":true,\"religion\":null,\"sex\":\"\"}",
                "{\"customerId\":\"c2\",\"groups\":[\"a\"],\"more\":{\"x\":1}}",
                "{\"customerId\":7}",
                "",
                "[\"c4\"]",
                "{\"disability\":\"no\"}",
                "{\"customerId\":\"c1\"}",
                "{\"customerId\":\"c5\",\"CustomerId\":\"is an attribute\"}");
        ReadStats stats = CustomerFileReader.read(file, sink);
        assertThat(stats).isEqualTo(new ReadStats(7, 2, 0, 5));
        assertThat(customers.get(0).attributes()).isEqualTo(Map.of("disability", "yes", "age", "42", "veteran", "true"));
        assertThat(customers.get(1)).isEqualTo(new Customer("c5", Map.of("CustomerId", "is an attribute")));
        assertThat(rejections).extracting(Rejection::line).containsExactly(2L, 3L, 5L, 6L, 7L);
        assertThat(rejections.get(0).errors()).extracting(FieldError::field).containsExactly("groups", "more");
        assertThat(rejections.get(1).errors()).containsExactly(new FieldError("customerId", "expected a string, got a number"));
        assertThat(rejections.get(2).reason()).isEqualTo("not a JSON object but an array");
        assertThat(rejections.get(3).errors()).containsExactly(new FieldError("customerId", "missing"));
        assertThat(rejections.get(4).reason()).isEqualTo("duplicate of line 1");
    }

    @Test
    void badUtf8AndBadJsonAreRejectedPerLine() throws Exception {
        Path file = TestFiles.writeBytes(dir, "customers.jsonl", TestFiles.concat(
                TestFiles.utf8("{\"customerId\":\"c1\",\"religion\":\"x"), new byte[] {(byte) 0xC0, (byte) 0xAF},
                TestFiles.utf8("\"}\n{oops\n{\"customerId\":\"c2\"}\n")));
        assertThat(CustomerFileReader.read(file, sink)).isEqualTo(new ReadStats(3, 1, 0, 2));
        assertThat(rejections.get(0).reason()).startsWith("not valid UTF-8");
        assertThat(rejections.get(1).reason()).startsWith("not valid JSON");
    }

    @Test
    void readAllGivesAMapInFileOrder() throws Exception {
        Path file = TestFiles.write(dir, "customers.csv", "customerId,sex", "b,f", "a,m", "a,x");
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Customer> all = CustomerFileReader.readAll(file, rejected::add);
        assertThat(all.keySet()).containsExactly("b", "a");
        assertThat(all.get("a").attributes()).containsEntry("sex", "m");
        assertThat(rejected).hasSize(1);
    }

    @Test
    void repeatedHeaderColumnAndUnknownSuffixAreFileErrors() {
        Path twice = TestFiles.write(dir, "customers.csv", "customerId,sex,sex", "a,f,m");
        assertThatThrownBy(() -> CustomerFileReader.read(twice, sink)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("column 'sex' appears more than once");
        Path xlsx = TestFiles.write(dir, "customers.xlsx", "x");
        assertThatThrownBy(() -> CustomerFileReader.read(xlsx, sink)).isInstanceOf(InputFileException.class);
    }
}
