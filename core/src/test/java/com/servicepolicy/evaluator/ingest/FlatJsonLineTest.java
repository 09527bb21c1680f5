package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.generate.GeneratorOptions;
import com.servicepolicy.evaluator.generate.LineNoise;
import com.servicepolicy.evaluator.generate.LogFiles;
import com.servicepolicy.evaluator.generate.OutputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path reads a line exactly as the general parser does, or leaves it to the general parser:
 * on generated logs, on hand-picked edge cases and on many random mutations of real lines.
 */
class FlatJsonLineTest {
    private static final String[] EDGE_CASES = {
        "{}", " { } ", "{\"eventId\":\"E1\"}", "{\"eventId\":\"E1\",}", "{\"eventId\":\"E1\"} x", "{\"eventId\":\"E1\"}{}",
        "{\"eventId\":\"E1\",\"eventId\":\"E2\"}", "{\"rating\":5}", "{\"rating\":-0}", "{\"rating\":4.50}", "{\"rating\":1e3}",
        "{\"rating\":1E+3}", "{\"rating\":01}", "{\"rating\":1.}", "{\"rating\":.5}", "{\"rating\":-}", "{\"rating\":5x}",
        "{\"rating\":\"5\"}", "{\"rating\":true}", "{\"internal\":true}", "{\"internal\":false}", "{\"internal\":\"true\"}",
        "{\"internal\":truex}", "{\"internal\":truenull}", "{\"internal\":nul}", "{\"internal\":null}", "{\"internal\":1}",
        "{\"eventId\":\"\"}", "{\"eventId\":null}", "{\"eventId\":\"a\\\"b\"}", "{\"eventId\":\"a\\u0041\"}",
        "{\"eventId\":\"tab\there\"}", "{\"eventId\":{\"x\":1}}", "{\"eventId\":[1]}", "{\"other\":{\"x\":[1,2]}}",
        "{\"other\":1,\"type\":\"OPENED\"}", "{\"caf\u00e9\":\"x\",\"topic\":\"\u00fcber \u20ac \uD83D\uDE00\"}",
        "\t{\"eventId\" : \"E1\" ,\t\"at\" :\"2026-01-05T08:00:00Z\" }\t", "[]", "\"text\"", "42", "null", "{\"eventId\"}",
        "{\"eventId\":}", "{eventId:\"E1\"}", "{'eventId':'E1'}", "{\"eventId\":\"E1\"", "{\"eventId\":\"E1",
        "{\"rating\":5 }", "{\"rating\":5\t,\"at\":\"x\"}", "{\"x\":true,\"y\":false,\"z\":null,\"w\":-1.5e-7}",
        "{\"rating\":123456789012345678901234567890}", "{\"type\":\"OPENED\",\"type\":null}",
    };

    @Test
    void readsEveryGeneratedLineAsTheGeneralParserDoes(@TempDir Path dir) throws IOException {
        List<String> lines = generatedLines(dir);
        int fast = 0;
        for (String line : lines) {
            fast += assertSameAsGeneralParser(line) ? 1 : 0;
        }
        // Generated lines are flat and without escapes, but for the malformed ones: nearly all take the fast path.
        assertThat(fast).isGreaterThan(lines.size() * 95 / 100);
    }

    @Test
    void readsEdgeCasesAsTheGeneralParserDoesOrLeavesThemToIt() {
        int fast = 0;
        for (String line : EDGE_CASES) {
            fast += assertSameAsGeneralParser(line) ? 1 : 0;
        }
        assertThat(fast).as("edge cases read by the fast path").isGreaterThan(20);
    }

    @Test
    void readsRandomMutationsOfRealLinesAsTheGeneralParserDoes(@TempDir Path dir) throws IOException {
        List<String> lines = generatedLines(dir);
        Random random = new Random(7);
        String alphabet = "{}[]\":,\\ \t-+.0123456789eEtruefalsn\u00e9\u0001x";
        int fast = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder line = new StringBuilder(lines.get(random.nextInt(lines.size())));
            for (int edits = 1 + random.nextInt(3); edits > 0 && line.length() > 0; edits--) {
                int at = random.nextInt(line.length());
                switch (random.nextInt(3)) {
                    case 0 -> line.deleteCharAt(at);
                    case 1 -> line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            fast += assertSameAsGeneralParser(line.toString()) ? 1 : 0;
        }
        assertThat(fast).as("mutated lines read by the fast path").isGreaterThan(10_000);
    }

    /** @return whether the fast path read the line (rather than leaving it to the general parser) */
    private static boolean assertSameAsGeneralParser(String line) {
        byte[] bytes = ("##" + line + "##").getBytes(StandardCharsets.UTF_8);
        int len = bytes.length - 4;
        RawEvent fast = FlatJsonLine.read(bytes, 2, len);
        if (fast == null) {
            return false;
        }
        assertThat(fast.toString()).as(line).isEqualTo(JsonEventFields.parse(bytes, 2, len).toString());
        return true;
    }

    private static List<String> generatedLines(Path dir) throws IOException {
        var written = LogFiles.write(new GeneratorOptions(3_000, 11), dir, OutputFormat.JSONL, false, new LineNoise(0.01, 0.01));
        List<String> lines = new ArrayList<>(Files.readAllLines(written.eventsFile()));
        lines.removeIf(String::isBlank);
        return lines;
    }
}
