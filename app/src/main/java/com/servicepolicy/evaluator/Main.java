package com.servicepolicy.evaluator;

import com.servicepolicy.evaluator.cli.CliLogging;
import com.servicepolicy.evaluator.cli.EvaluatorCommand;

/**
 * One jar, two faces: with no arguments or {@code serve} it starts the HTTP service (Spring Boot);
 * otherwise it is the command line, which starts no framework so that it answers in a second.
 */
public final class Main {
    private Main() {
    }

    /** What {@code serve --help} prints: starting a server to show help would surprise anyone. */
    static final String SERVE_HELP = String.join(System.lineSeparator(),
            "Usage: service-policy-evaluator [serve] [--NAME=VALUE...]",
            "Starts the HTTP service (Spring Boot); any Spring property may be given as --NAME=VALUE, e.g.",
            "  --server.port=8080                    the port (default 8080)",
            "  --evaluator.rules-dir=DIR             the rules directory served and watched for changes",
            "  --spring.profiles.active=postgres     PostgreSQL instead of the embedded H2 file",
            "  --logging.structured.format.console=ecs   JSON log lines (ecs, gelf or logstash)",
            "Endpoints, keys and settings: docs/service.md. The nightly batch: 'batch --help'.");

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve") && asksForHelp(args)) {
            System.out.println(SERVE_HELP);
            return;
        }
        if (args.length == 0 || args[0].equals("serve")) {
            ServiceApplication.main(args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args[0].equals("batch")) {
            // the nightly batch needs Spring (database, job repository) but no web server
            // stdout carries the night's summary only: Spring's log lines go to stderr
            java.io.PrintStream results = System.out;
            System.setOut(System.err);
            System.exit(com.servicepolicy.evaluator.batch.BatchCommand.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length), results, System.err));
        }
        // before any logger exists: the command line keeps stderr for its own messages (CliLogging), and names
        // SLF4J's provider rather than have it search the class path's 160 jars for one
        System.setProperty(CliLogging.PROPERTY, "true");
        System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            // SLF4J's own notes (the provider it was told to use; a logger asked for while logging was being set
            // up, by ical4j's time-zone provider) are not the user's business
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // now, on this thread: Drools' parallel threads would otherwise race the set-up and SLF4J says so on stderr
        org.slf4j.LoggerFactory.getILoggerFactory();
        System.exit(EvaluatorCommand.run(args));
    }

    private static boolean asksForHelp(String[] args) {
        return java.util.Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"));
    }
}
