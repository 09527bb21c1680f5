package com.servicepolicy.evaluator.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The tutorial of docs/authoring.md works as written: its rule checks clean, its scenarios pass with full coverage. */
class AuthoringTutorialTest {
    private static final String RULES = "samples/authoring/rules";

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EvaluatorCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void theTutorialRuleChecksWithoutErrorsOrWarnings() {
        String[] r = run("check", "--rules", RULES);
        assertThat(r[1]).isEqualTo(RULES + ": 0 error(s), 0 warning(s)\n");
        assertThat(r[0]).isEqualTo("0");
    }

    @Test
    void theTutorialScenariosPassWithFullCoverage() {
        String[] r = run("test", "--rules", RULES, "--threshold", "100");
        assertThat(r[1]).contains("PASS: 4 passed, 0 failed", "VIP-001   VIP_FIRST_RESPONSE_LATE              fired in  2");
        assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
    }

    @Test
    void theTutorialRulePageMatchesItsMetadata() {
        String[] r = run("docs", "--rules", RULES, "--check");
        assertThat(r[0]).as(r[1]).isEqualTo("0");
    }
}
