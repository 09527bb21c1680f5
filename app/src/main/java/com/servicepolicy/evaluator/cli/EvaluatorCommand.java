package com.servicepolicy.evaluator.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;

/**
 * The top-level command; each capability is a subcommand. A run names one: only that one is built, because
 * picocli builds (and instantiates) every registered subcommand, which costs a short command a fifth of its start-up.
 */
@Command(name = "service-policy-evaluator",
        mixinStandardHelpOptions = true,
        version = "service-policy-evaluator 0.1.0",
        description = "Evaluates customer interactions against service-level policies written in Drools DRL.",
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

    /** In the order of the help. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(EvaluateCommand.class, CheckCommand.class,
            TestCommand.class, ExplainCommand.class, DocsCommand.class, GenerateCommand.class, ReadCommand.class,
            BenchCommand.class, ImportCommand.class, ReconcileCommand.class, HashPasswordCommand.class,
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class);

    /**
     * Runs the command with a buffered standard error: picocli's own writer flushes every line, and an input with
     * 83k rejected lines made as many writes on the reading thread. Whatever must show at once flushes itself (the
     * progress line, each command's accounting at its end); the rest is flushed here, however the command ends.
     */
    public static int run(String... args) {
        CommandLine cl = commandLine(args);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, stderrCharset()), false);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            err.flush();
        }
    }

    /** The encoding System.err itself uses, as picocli's own writer takes it (a console's, else the default). */
    private static Charset stderrCharset() {
        String console = System.getProperty("sun.stderr.encoding");
        return console != null && Charset.isSupported(console) ? Charset.forName(console) : Charset.defaultCharset();
    }

    /** The command line with every subcommand, for callers that route its output themselves (tests, embedding). */
    public static CommandLine commandLine() {
        return withSubcommands(SUBCOMMANDS);
    }

    /**
     * The command line for these arguments: when the first names a subcommand, that one alone (the others would only
     * be built to be dropped); otherwise, for help, suggestions and completion, all of them.
     */
    static CommandLine commandLine(String... args) {
        if (args.length > 0) {
            for (Class<?> sub : SUBCOMMANDS) {
                Command command = sub.getAnnotation(Command.class);
                if (command.name().equals(args[0]) && sub != CommandLine.HelpCommand.class) {
                    return withSubcommands(List.of(sub));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine withSubcommands(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new EvaluatorCommand());
        subcommands.forEach(cl::addSubcommand);
        cl.setCaseInsensitiveEnumValuesAllowed(true); // --format CSV, --fail-on major
        cl.setParameterExceptionHandler(EvaluatorCommand::usageError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            return IO_ERROR;
        });
        return cl;
    }

    /** A usage error is the error and where to look, as git and kubectl print it, not the whole help. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        java.io.PrintWriter err = cl.getErr();
        err.println("error: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }
}
