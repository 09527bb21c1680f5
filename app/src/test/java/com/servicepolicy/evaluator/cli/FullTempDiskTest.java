package com.servicepolicy.evaluator.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A log kept on a temporary disk that fills up: the run fails with one error line and the accounting line,
 * never a JVM fault from a memory-mapped file, and leaves no file behind. The disk is a small tmpfs, so the
 * test needs root (as in CI); sizes from too small for the duplicate registry to too small for the partitions.
 */
class FullTempDiskTest {

    @ParameterizedTest
    @ValueSource(strings = {"1m", "12m"})
    void aFullTemporaryDiskFailsInOneLineAndLeavesNothing(String size, @TempDir Path dir) throws Exception {
        EvaluateCommandTest.Run generated = EvaluateCommandTest.run("generate", "--interactions", "20000", "--seed", "5",
                "--out", dir.resolve("log").toString());
        assertThat(generated.exit()).isZero();
        Path temp = dir.resolve("temp");
        temp.toFile().mkdirs();
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", temp.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Assumptions.assumeTrue(mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0,
                "mounting a tmpfs needs root");
        try {
            EvaluateCommandTest.Run run = EvaluateCommandTest.run("evaluate",
                    "--events", dir.resolve("log/events.jsonl").toString(),
                    "--customers", dir.resolve("log/customers.csv").toString(),
                    "--hold-records", "0", "--temp-dir", temp.toString(),
                    "--output", dir.resolve("violations.jsonl").toString());

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).containsPattern("(?m)^error: cannot .*" + temp + ".*No space left on device$")
                    .containsPattern("(?m)^read=\\d+ evaluated=\\d+ duplicates=\\d+ rejected=\\d+ violations=0$")
                    .doesNotContain("Exception", "\tat ");
            assertThat(temp.toFile().list()).as("temporary files left behind after %s", run.err()).isEmpty();
        } finally {
            new ProcessBuilder("umount", "-l", temp.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
