package com.servicepolicy.evaluator.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The night's lines are estimated from the files' sizes (to size the id registry); a missing file counts none. */
class IngestEstimateTest {
    @Test
    void linesAreEstimatedFromTheFilesSizes(@TempDir Path dir) throws IOException {
        Path a = Files.write(dir.resolve("a.jsonl"), new byte[128 * 1_000]);
        Path b = Files.write(dir.resolve("b.jsonl"), new byte[128 * 24 + 127]);

        assertThat(IngestTasklet.estimatedLines(List.of(a, b, dir.resolve("gone.jsonl")))).isEqualTo(1_024);
        assertThat(IngestTasklet.estimatedLines(List.of())).isZero();
    }
}
