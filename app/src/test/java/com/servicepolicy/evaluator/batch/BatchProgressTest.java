package com.servicepolicy.evaluator.batch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch's progress bar is for a terminal: none of its {@code \r} redraws end up in a redirected stderr (issue #18). */
class BatchProgressTest {

    @Test
    void noBarIsDrawnIntoARedirectedStderr() {
        // under the build, stderr is a pipe or a file, as when an operator redirects it
        BatchProperties withBar = new BatchProperties(Path.of("inbox"), Path.of("out"), ZoneId.of("UTC"), "0 0 2 * * *",
                false, Duration.ofDays(90), Duration.ofDays(15), Duration.ofDays(90), 20000, 1000, true, 0,
                Duration.ofDays(120), Duration.ofDays(90));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            BatchProgress progress = new BatchProgress(withBar);
            progress.begin("ingest", "lines", 1000, 0);
            progress.advance(500);
            progress.advance(500);
            progress.end();
        } finally {
            System.setErr(stderr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\r").doesNotContain("[#");
    }
}
