package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.cli.EvaluateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static com.servicepolicy.evaluator.cli.EvaluateCommandTest.run;
import static com.servicepolicy.evaluator.cli.EvaluateCommandTest.samplesWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line behaves as the tools people know (issue #18, item 3). */
class ShellHabitsTest {

    @Test
    void everyCommandsHelpRendersWithoutPicocliWarnings() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        java.util.Map<String, String> helps = new java.util.TreeMap<>();
        try {
            // picocli reports a description it cannot format (a lone % is a format specifier) on standard error
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            EvaluatorCommand.commandLine().getSubcommands().forEach((name, sub) -> helps.put(name, sub.getUsageMessage()));
        } finally {
            System.setErr(stderr);
        }
        assertThat(helps).containsKeys("evaluate", "import", "read");
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(helps.get("evaluate")).contains("about 60 % of it").doesNotContain("%n");
    }

    @Test
    void rejectedLinesReachStandardErrorInOrderInFewWrites(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("events.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2_000; i++) {
            lines.append("{\"eventId\":\"e").append(i).append("\",\"type\":\"NOT_A_TYPE\"}\n");
        }
        Files.writeString(log, lines);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        AtomicLong writes = new AtomicLong();
        java.io.OutputStream counted = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                writes.incrementAndGet();
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.incrementAndGet();
                bytes.write(b, off, len);
            }
        };
        java.io.PrintStream stderr = System.err;
        int exit;
        try {
            System.setErr(new java.io.PrintStream(counted, false, java.nio.charset.StandardCharsets.UTF_8));
            exit = EvaluatorCommand.run("read", "--events", log.toString());
        } finally {
            System.setErr(stderr);
        }
        java.util.List<String> rejected = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("rejected ")).toList();
        assertThat(exit).isZero();
        assertThat(rejected).hasSize(2_000);
        assertThat(rejected.get(0)).contains(":1");
        assertThat(rejected.get(1_999)).contains(":2000");
        assertThat(writes.get()).isLessThan(200); // picocli's own writer made one write per line
    }

    @Test
    void eventsDashReadsStandardInput() throws Exception {
        Run fromFile = run(samplesWith());
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of("samples/events.jsonl"))));
            Run fromStdin = run("evaluate", "--events", "-", "--customers", "samples/customers.csv");

            assertThat(fromStdin.exit()).isZero();
            assertThat(fromStdin.out()).isEqualTo(fromFile.out()).isNotEmpty();
            assertThat(fromStdin.lastErrLine()).isEqualTo("read=339 evaluated=335 duplicates=1 rejected=3 violations=20");
            assertThat(fromStdin.err()).contains("rejected -:");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void csvOutputNeutralisesFormulasAndSeparatesActionsWithASpace(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("events.jsonl");
        Files.writeString(log, """
                {"eventId":"+e1","type":"OPENED","at":"2026-03-10T08:00:00Z","customerId":"=HYPERLINK(\\"http://evil\\")","interactionId":"@T1","channel":"PHONE","priority":"NORMAL","category":"SUPPORT"}
                {"eventId":"-e2","type":"REFUSED","at":"2026-03-10T09:00:00Z","customerId":"=HYPERLINK(\\"http://evil\\")","interactionId":"@T1","agentId":"ag-1"}
                """);

        Run csv = run("evaluate", "--events", log.toString(), "--format", "csv");

        assertThat(csv.exit()).isZero();
        String fair001 = csv.out().lines().filter(l -> l.startsWith("FAIR-001,")).findFirst().orElseThrow();
        assertThat(fair001).contains(",'-e2,\"'=HYPERLINK(\"\"http://evil\"\")\",'@T1,'-e2,")
                .contains(",DOCUMENT_REFUSAL_REASON REVIEW_REFUSAL,")
                .doesNotContain(",=", ",@", ",+", ",-");
        assertThat(csv.out()).contains("\r\n");
    }

    @Test
    void enumValuesAreCaseInsensitive() {
        Run upper = run(samplesWith("--format", "CSV", "--fail-on", "major"));

        assertThat(upper.out()).startsWith("code,name,policy,severity,");
        assertThat(upper.exit()).isEqualTo(EvaluatorCommand.FAIL_ON);
    }

    @Test
    void aUsageErrorPrintsTheErrorAndWhereHelpIsNotTheWholeHelp() {
        Run bogus = run(samplesWith("--bogus"));

        assertThat(bogus.exit()).isEqualTo(EvaluatorCommand.USAGE);
        assertThat(bogus.err().lines()).contains("error: Unknown option: '--bogus'")
                .contains("Try 'service-policy-evaluator evaluate --help' for more information.");
        assertThat(bogus.err()).doesNotContain("Usage:").doesNotContain("--hold-records");
        assertThat(bogus.out()).isEmpty();
        assertThat(run("evaluate", "--format", "xml", "--events", "x.jsonl").err())
                .contains("Invalid value for option '--format'").doesNotContain("Usage:");
    }

    @Test
    void progressIsDrawnOnlyOnATerminalAndOnlyForALongRead() {
        AtomicLong now = new AtomicLong();
        StringWriter terminal = new StringWriter();
        ProgressLine onTerminal = new ProgressLine(new PrintWriter(terminal), true, now::get);
        StringWriter file = new StringWriter();
        ProgressLine intoFile = new ProgressLine(new PrintWriter(file), false, now::get);

        now.set(ProgressLine.AFTER_NANOS / 2);
        onTerminal.events(65_536);
        assertThat(terminal.toString()).isEmpty(); // a short read shows nothing
        now.set(2 * ProgressLine.AFTER_NANOS);
        onTerminal.events(131_072);
        intoFile.events(131_072);
        onTerminal.clear();
        intoFile.clear();

        assertThat(terminal.toString()).startsWith("\rreading: 131,072 events (65,536/s)").endsWith("\r");
        assertThat(file.toString()).isEmpty();
    }

    @Test
    void aLogWhoseEveryLineIsRejectedExitsNonZero(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("events.jsonl");
        Files.writeString(log, "{\"eventId\":\"e1\"}\nnot json at all\n");

        Run run = run("evaluate", "--events", log.toString());

        assertThat(run.exit()).isEqualTo(EvaluatorCommand.IO_ERROR);
        assertThat(run.err()).contains("error: every line of the input was rejected");
        assertThat(run.lastErrLine()).isEqualTo("read=2 evaluated=0 duplicates=0 rejected=2 violations=0");
    }

    @Test
    void eventsNamingADirectorySaysSo() {
        Run run = run("evaluate", "--events", "samples");

        assertThat(run.exit()).isEqualTo(EvaluatorCommand.IO_ERROR);
        assertThat(run.err()).contains("error: cannot read samples: it is a directory");
    }

    @Test
    void shellCompletionIsGenerated() {
        Run completion = run("generate-completion");

        assertThat(completion.exit()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_service-policy-evaluator")
                .contains("evaluate").contains("--events").contains("--fail-on");
    }
}
