package com.servicepolicy.evaluator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each capability is a subcommand. */
@Command(name = "service-policy-evaluator",
        mixinStandardHelpOptions = true,
        version = "service-policy-evaluator 0.1.0",
        description = "Evaluates customer interactions against service-level policies written in Drools DRL.",
        subcommands = {EvaluateCommand.class, CheckCommand.class, TestCommand.class, ExplainCommand.class,
                DocsCommand.class, GenerateCommand.class, ReadCommand.class, HashPasswordCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Also, with Spring:",
                "  serve (or no command)            starts the HTTP service (see docs/service.md)",
                "  batch --date YYYY-MM-DD [--inbox DIR]   runs the nightly evaluation of one day (see docs/batch.md)"})
public final class EvaluatorCommand {

    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int IO_ERROR = 1;
    public static final int USAGE = 2;
    public static final int FAIL_ON = 3;

    private EvaluatorCommand() {
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, for callers that route its output themselves (tests, embedding). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EvaluatorCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            return IO_ERROR;
        });
        return cl;
    }
}
