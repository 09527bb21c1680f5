package com.servicepolicy.evaluator.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Issue #15: through validation, an author's {@code declare} default wrote a file and stopped the service. In
 * the sandbox the authors' compile-time code runs in a JVM of its own that may not write outside its scratch
 * directory, run programs, open sockets or exit; whatever it does, this JVM (standing for the service) goes on.
 */
class RuleSandboxTest {
    private static final RuleSandbox SANDBOX = new RuleSandbox(
            new SandboxSettings(DataSize.ofMegabytes(256), 60, Duration.ofSeconds(60), 2));

    @TempDir
    Path dir;

    private static String settings() throws IOException {
        return Files.readString(Path.of("rules/settings.yaml"));
    }

    /** A DRL whose one declared type has a default computed, at compile time, by {@code expression}. */
    private static SandboxResult compileWithDefault(String expression) throws IOException {
        String drl = "package policies.evil;\ndeclare Foo\n    x : String = String.valueOf(" + expression + ")\nend\n";
        return SANDBOX.compile(Map.of("evil.drl", drl), "settings.yaml", settings());
    }

    @Test
    void theCatalogCompilesThereWithItsCodesAndVersionAndABrokenFileGivesItsProblems() throws IOException {
        Map<String, String> drl = Map.of("responsiveness.drl", Files.readString(Path.of("rules/responsiveness.drl")));
        SandboxResult ok = SANDBOX.compile(drl, "settings.yaml", settings());
        assertThat(ok.valid()).as(ok.problems().toString()).isTrue();
        assertThat(ok.codes()).containsExactly("RESP-001", "RESP-002", "RESP-003", "RESP-004");

        SandboxResult broken = SANDBOX.compile(Map.of("bad.drl", "package p;\nrule \"x\"\nwhen\n  Nothing()\nthen\nend\n"),
                "settings.yaml", settings());
        assertThat(broken.valid()).isFalse();
        assertThat(broken.problems()).first().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bad.drl");
            assertThat(p.line()).isEqualTo(4);
        });
    }

    @Test
    void compileTimeCodeCannotWriteAFileOutsideItsScratchDirectory() throws IOException {
        Path target = dir.resolve("written-by-a-rule");
        SandboxResult result = compileWithDefault("java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + target + "\"), \"pwned\")");
        assertThat(target).doesNotExist();
        assertThat(result.valid()).isFalse();
    }

    /** Unsandboxed, this compile kills the JVM that runs it (exit 137: tried by hand with the check command). */
    @Test
    void compileTimeCodeThatKillsItsJvmStopsOnlyTheSandbox() throws IOException {
        SandboxResult result = compileWithDefault("java.lang.Runtime.getRuntime().exec(new String[] {\"kill\", \"-9\","
                + " String.valueOf(java.lang.ProcessHandle.current().pid())}).waitFor()");
        assertThat(result.valid()).isFalse();
        assertThat(ProcessHandle.current().isAlive()).isTrue(); // this JVM, standing for the service, goes on
    }

    @Test
    void compileTimeCodeReachesNoNetworkNotEvenThisMachine() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listening.setSoTimeout(1_000);
            compileWithDefault("new java.net.Socket(\"127.0.0.1\", " + listening.getLocalPort() + ").isConnected()");
            assertThatThrownBy(listening::accept).as("nothing connected").isInstanceOf(SocketTimeoutException.class);
        }
        System.out.println("rule sandbox network isolation here: " + SANDBOX.network().describe());
    }
}
