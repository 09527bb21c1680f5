package com.servicepolicy.evaluator.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

    @Test
    void writesEventsAndCustomersAndPrintsCounts(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("--interactions", "200", "--seed", "3", "--out", dir.toString(), "--format", "csv",
                "--malformed-rate", "0.01", "--duplicate-rate", "0.01", "--start", "2026-02-01T00:00:00+01:00");
        assertThat(code).isZero();
        assertThat(Files.exists(dir.resolve("events.csv"))).isTrue();
        assertThat(Files.exists(dir.resolve("customers.csv"))).isTrue();
        assertThat(out.toString()).contains("interactions 200").contains("malformed lines").contains("lines/s");
        String firstAt = Files.readAllLines(dir.resolve("events.csv")).get(1).split(",")[2];
        assertThat(java.time.OffsetDateTime.parse(firstAt).toInstant())
                .isBetween(java.time.Instant.parse("2026-01-31T23:00:00Z"), java.time.Instant.parse("2026-02-02T00:00:00Z"));
    }

    @Test
    void rejectsAnUnknownFormatAndATimeWithoutOffset(@TempDir Path dir) {
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("--interactions", "5", "--out", dir.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(cl.execute("--interactions", "5", "--out", dir.toString(), "--start", "2026-02-01T00:00:00")).isEqualTo(2);
    }
}
