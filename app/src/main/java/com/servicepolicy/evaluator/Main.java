package com.servicepolicy.evaluator;

import com.servicepolicy.evaluator.cli.EvaluatorCommand;

/**
 * One jar, two faces: with no arguments or {@code serve} it starts the HTTP service (Spring Boot);
 * otherwise it is the command line, which starts no framework so that it answers in a second.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("serve")) {
            ServiceApplication.main(args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args[0].equals("batch")) {
            // the nightly batch needs Spring (database, job repository) but no web server
            System.exit(com.servicepolicy.evaluator.batch.BatchCommand.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        // before any logger exists: the command line keeps stderr for its own messages
        System.setProperty("logback.configurationFile", "logback-cli.xml");
        System.exit(EvaluatorCommand.run(args));
    }
}
