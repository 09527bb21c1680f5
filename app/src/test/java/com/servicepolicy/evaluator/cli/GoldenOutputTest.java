package com.servicepolicy.evaluator.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code evaluate} gives, byte for byte, the output recorded in src/test/resources/golden: on the samples in
 * every output format, and on a generated log of 20,000 interactions with malformed and duplicate lines.
 * Recorded first on 2026-12-03 from commit 03aa181, before the evaluation core was restructured (which
 * changed no byte); recorded again for issue #14 (violations name their service level, FAIR-003's message
 * names its test and correction, new sample lines, the generator writes the new events). A deliberate change
 * of behaviour records the files again and says why in its commit.
 */
class GoldenOutputTest {
    private static final String[] SAMPLES = {"evaluate", "--events", "samples/events.jsonl", "--customers",
            "samples/customers.csv"};

    @Test
    void samplesInEveryFormatAreUnchanged() {
        EvaluateCommandTest.Run jsonl = EvaluateCommandTest.run(SAMPLES);
        assertSameLines("samples.jsonl", jsonl.out(), golden("samples.jsonl"));
        assertSameLines("samples.err", jsonl.err(), golden("samples.err"));
        assertSameLines("samples.csv", EvaluateCommandTest.run(EvaluateCommandTest.samplesWith("--format", "csv")).out(),
                golden("samples.csv"));
        assertSameLines("samples.table", EvaluateCommandTest.run(EvaluateCommandTest.samplesWith("--format", "table")).out(),
                golden("samples.table"));
    }

    /** A log moved to disk at once, into tiny partitions split again and again, gives the same bytes. */
    @Test
    void samplesKeptOnDiskInTinyPartitionsAreUnchanged(@TempDir Path temp) {
        for (String format : new String[]{"jsonl", "csv", "table"}) {
            EvaluateCommandTest.Run run = EvaluateCommandTest.run(EvaluateCommandTest.samplesWith("--format", format,
                    "--hold-records", "0", "--spill-partitions", "2", "--temp-dir", temp.toString()));
            assertSameLines("samples." + format, run.out(), golden("samples." + format));
            assertSameLines("samples.err", run.err(), golden("samples.err"));
        }
        assertThat(temp.toFile().list()).as("temporary files left behind").isEmpty();
    }

    @Test
    void generatedLogOfTwentyThousandInteractionsIsUnchanged(@TempDir Path dir) {
        EvaluateCommandTest.Run generated = EvaluateCommandTest.run("generate", "--interactions", "20000", "--seed", "13",
                "--malformed-rate", "0.003", "--duplicate-rate", "0.003", "--out", dir.toString());
        assertThat(generated.exit()).isZero();
        String[] evaluate = {"evaluate", "--events", dir.resolve("events.jsonl").toString(),
                "--customers", dir.resolve("customers.csv").toString()};
        EvaluateCommandTest.Run run = EvaluateCommandTest.run(evaluate);
        assertThat(run.exit()).isZero();
        assertSameLines("gen20k.jsonl", run.out(), golden("gen20k.jsonl.gz"));
        assertSameLines("gen20k.err", run.err().replace(dir + "/", "GEN/"), golden("gen20k.err.gz"));

        // Kept on disk after 5,000 records, in partitions of at most 2,500 records (split again), violations
        // sorted through run files of 1,250: the same bytes as the log held in memory.
        Path temp = dir.resolve("temp");
        EvaluateCommandTest.Run spilled = EvaluateCommandTest.run(java.util.stream.Stream.concat(java.util.Arrays.stream(evaluate),
                java.util.stream.Stream.of("--hold-records", "5000", "--spill-partitions", "3", "--temp-dir", temp.toString()))
                .toArray(String[]::new));
        assertThat(spilled.exit()).isZero();
        assertSameLines("gen20k.jsonl (on disk)", spilled.out(), golden("gen20k.jsonl.gz"));
        assertSameLines("gen20k.err (on disk)", spilled.err().replace(dir + "/", "GEN/"), golden("gen20k.err.gz"));
        assertThat(temp.toFile().list()).as("temporary files left behind").isEmpty();
    }

    /** Compares whole texts, byte for byte, but reports the first line that differs. */
    private static void assertSameLines(String name, String actual, String expected) {
        if (actual.equals(expected)) {
            return;
        }
        List<String> a = actual.lines().toList();
        List<String> e = expected.lines().toList();
        for (int i = 0; i < Math.max(a.size(), e.size()); i++) {
            String got = i < a.size() ? a.get(i) : "(end of output)";
            String want = i < e.size() ? e.get(i) : "(end of output)";
            if (!got.equals(want)) {
                fail(name + " differs from the recorded output at line " + (i + 1) + ":\n  recorded: " + want
                        + "\n  now:      " + got);
            }
        }
        fail(name + " differs from the recorded output in its line endings or final newline");
    }

    private static String golden(String name) {
        try (InputStream raw = GoldenOutputTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(raw).as("golden file " + name).isNotNull();
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
