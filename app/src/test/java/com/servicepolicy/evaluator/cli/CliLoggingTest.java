package com.servicepolicy.evaluator.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's logging: warnings on stderr in one line each, the rule engine silent, nothing on stdout. */
class CliLoggingTest {
    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
        System.clearProperty(CliLogging.PROPERTY);
    }

    @Test
    void leavesTheServiceAndTheBatchToSpringBoot() {
        System.clearProperty(CliLogging.PROPERTY);

        assertThat(new CliLogging().configure(new LoggerContext())).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }

    @Test
    void writesWarningsToStderrOnlyAndSilencesTheEngine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setProperty(CliLogging.PROPERTY, "true");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what SLF4J's provider gives the context it makes

        assertThat(new CliLogging().configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        context.getLogger("com.servicepolicy.evaluator.ingest.Reader").warn("disk {} is full", "/tmp");
        context.getLogger("com.servicepolicy.evaluator.ingest.Reader").info("read 3 lines");
        context.getLogger("org.drools.compiler.Builder").error("engine chatter");
        context.getLogger("com.servicepolicy.evaluator.Main").error("failed", new IllegalStateException("boom"));
        context.stop();

        String lines = err.toString(StandardCharsets.UTF_8);
        assertThat(lines).startsWith("WARN Reader: disk /tmp is full" + System.lineSeparator())
                .contains("ERROR Main: failed" + System.lineSeparator() + "java.lang.IllegalStateException: boom")
                .doesNotContain("read 3 lines").doesNotContain("engine chatter");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
