package com.servicepolicy.evaluator.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class LogFilesTest {
    private static final GeneratorOptions OPTIONS = new GeneratorOptions(3_000, 99);

    @Test
    void sameSeedGivesIdenticalBytesEvenCompressed(@TempDir Path dir) throws IOException {
        LineNoise noise = new LineNoise(0.02, 0.02);
        WriteSummary first = LogFiles.write(OPTIONS, dir.resolve("a"), OutputFormat.JSONL, true, noise);
        WriteSummary second = LogFiles.write(OPTIONS, dir.resolve("b"), OutputFormat.JSONL, true, noise);
        assertThat(Files.readAllBytes(first.eventsFile())).isEqualTo(Files.readAllBytes(second.eventsFile()));
        assertThat(Files.readAllBytes(first.customersFile())).isEqualTo(Files.readAllBytes(second.customersFile()));
        assertThat(first.eventsFile().getFileName().toString()).isEqualTo("events.jsonl.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(first.eventsFile()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count()).isEqualTo(first.eventLines());
        }
    }

    @Test
    void malformedAndDuplicateLinesHaveTheConfiguredShares(@TempDir Path dir) throws IOException {
        WriteSummary summary = LogFiles.write(OPTIONS, dir, OutputFormat.JSONL, false, new LineNoise(0.05, 0.03));
        List<String> lines = Files.readAllLines(summary.eventsFile());
        assertThat(lines).hasSize((int) summary.eventLines());
        Set<String> seen = new HashSet<>();
        long repeats = 0;
        long malformed = 0;
        for (String line : lines) {
            if (!seen.add(line)) {
                repeats++;
            } else if (isMalformed(line)) {
                malformed++;
            }
        }
        assertThat(repeats).isEqualTo(summary.duplicateLines());
        assertThat(malformed).isEqualTo(summary.malformedLines());
        assertThat((double) malformed / lines.size()).isBetween(0.04, 0.06);
        assertThat((double) repeats / lines.size()).isBetween(0.022, 0.038);
        assertThat(lines).anyMatch(l -> l.contains("\"type\":\"ESCALATED\""))
                .anyMatch(l -> !l.endsWith("}"))
                .anyMatch(l -> l.matches(".*\"at\":\"[0-9T:.-]+\".*"));
    }

    @Test
    void noiseDoesNotChangeTheValidEvents(@TempDir Path dir) throws IOException {
        WriteSummary clean = LogFiles.write(OPTIONS, dir.resolve("clean"), OutputFormat.JSONL, false, LineNoise.NONE);
        WriteSummary noisy = LogFiles.write(OPTIONS, dir.resolve("noisy"), OutputFormat.JSONL, false, new LineNoise(0.1, 0.1));
        List<String> valid = Files.readAllLines(clean.eventsFile());
        Set<String> seen = new HashSet<>();
        List<String> firstValid = Files.readAllLines(noisy.eventsFile()).stream()
                .filter(l -> seen.add(l) && !isMalformed(l)).toList();
        assertThat(firstValid).isEqualTo(valid);
    }

    @Test
    void csvHasAHeaderAndQuotesCellsThatNeedIt(@TempDir Path dir) throws IOException {
        WriteSummary summary = LogFiles.write(new GeneratorOptions(20_000, 5), dir, OutputFormat.CSV, false, LineNoise.NONE);
        List<String> lines = Files.readAllLines(summary.eventsFile());
        assertThat(lines.get(0)).isEqualTo(String.join(",", EventFields.COLUMNS));
        assertThat(lines).hasSize((int) summary.validEvents() + 1);
        assertThat(lines).anyMatch(l -> l.contains("\"chargeback fraud pattern, \"\"gift\"\" cards\""));
        assertThat(Files.readAllLines(summary.customersFile()).get(0)).isEqualTo("customerId,disability,ageBand,religion");
    }

    /** Malformed lines carry ids X1, X2, … or none at all, or are cut off. */
    private static boolean isMalformed(String line) {
        return line.startsWith("{\"eventId\":\"X") || !line.startsWith("{\"eventId\"") || !line.endsWith("}");
    }
}
