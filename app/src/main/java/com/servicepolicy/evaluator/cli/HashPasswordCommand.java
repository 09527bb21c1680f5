package com.servicepolicy.evaluator.cli;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code hash-password}: reads a password on stdin and prints the hash to configure as
 * {@code evaluator.security.users[n].password}, so a password itself is never written into a configuration file.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Reads a password from stdin (first line) and prints its {bcrypt} hash for",
                "evaluator.security.users[n].password."})
final class HashPasswordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.length() < 8) {
            spec.commandLine().getErr().println("error: give a password of at least 8 characters on stdin");
            return EvaluatorCommand.USAGE;
        }
        spec.commandLine().getOut().println("{bcrypt}" + new BCryptPasswordEncoder().encode(password));
        spec.commandLine().getOut().flush();
        return EvaluatorCommand.OK;
    }
}
