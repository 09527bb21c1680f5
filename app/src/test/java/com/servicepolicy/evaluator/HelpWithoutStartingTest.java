package com.servicepolicy.evaluator;

import com.servicepolicy.evaluator.batch.BatchCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve --help} and {@code batch --help} print help and start nothing (issue #18). */
class HelpWithoutStartingTest {

    @Test
    void serveHelpPrintsHelpAndStartsNoServer() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        long started = System.nanoTime();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Main.main(new String[]{"serve", "--help"});
        } finally {
            System.setOut(stdout);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: service-policy-evaluator [serve]")
                .contains("--server.port").doesNotContain("Spring Boot ::");
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L); // Spring was never started
    }

    @Test
    void batchHelpPrintsUsageAndRunsNoNight() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = BatchCommand.run(new String[]{"--help"}, new PrintStream(out), new PrintStream(err));

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("usage: batch --date YYYY-MM-DD");
        assertThat(err.toString()).isEmpty();
    }
}
