package com.servicepolicy.evaluator.cli;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** hash-password prints a hash that the service's password encoder accepts for that password only. */
class HashPasswordCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cl = EvaluatorCommand.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            return cl.execute("hash-password");
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void printsABcryptHashOfThePassword() {
        assertThat(run("correct horse battery\n")).isZero();
        String hash = out.toString().strip();
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(hash).startsWith("{bcrypt}$2a$");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(encoder.matches("correct horse", hash)).isFalse();
    }

    @Test
    void refusesAShortPassword() {
        assertThat(run("short\n")).isEqualTo(EvaluatorCommand.USAGE);
        assertThat(err.toString()).contains("at least 8 characters");
    }
}
