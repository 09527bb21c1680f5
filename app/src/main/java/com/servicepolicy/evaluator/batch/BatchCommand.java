package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.ServiceApplication;
import com.servicepolicy.evaluator.night.BatchLockedException;
import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.RunStatus;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code batch --date YYYY-MM-DD [--inbox DIR] [spring options]}: runs one night without the web
 * server, prints the run summary and exits 0 when the night completed, 1 when it failed, 2 on usage errors.
 */
public final class BatchCommand {
    private static final String USAGE = "usage: batch --date YYYY-MM-DD [--inbox DIR]"
            + "   (the night's files are read from DIR/YYYY-MM-DD/; DIR defaults to evaluator.batch.inbox)";

    private BatchCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        LocalDate date = null;
        Path inbox = null;
        List<String> springArgs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--date" -> date = LocalDate.parse(args[++i]);
                    case "--inbox" -> inbox = Path.of(args[++i]);
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (!args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown argument " + args[i]);
                        }
                        springArgs.add(args[i]);
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | IllegalArgumentException e) {
            err.println("error: " + (e instanceof ArrayIndexOutOfBoundsException ? "missing value" : e.getMessage()));
            err.println(USAGE);
            return 2;
        }
        if (date == null) {
            err.println("error: --date is required");
            err.println(USAGE);
            return 2;
        }
        if (springArgs.stream().noneMatch(a -> a.startsWith("--spring.main.lazy-initialization="))) {
            // a night needs the job's beans only: the service's controllers, security, rule watcher and the rest
            // are never made (Spring's start took 13 % of a 100k night's main thread, about half with lazy beans)
            springArgs.add("--spring.main.lazy-initialization=true");
        }
        springArgs.add("--evaluator.batch.scheduled=false");
        springArgs.add("--evaluator.batch.progress-bar=true");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ServiceApplication.class)
                .web(WebApplicationType.NONE).run(springArgs.toArray(String[]::new))) {
            RunRecord run = context.getBean(NightlyRunner.class).run(date, inbox);
            out.println(summary(run));
            return RunStatus.COMPLETED.name().equals(run.status()) ? 0 : 1;
        } catch (BatchLockedException e) {
            err.println("error: night " + date + " not started: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("error: night " + date + " failed: " + e.getMessage());
            return 1;
        }
    }

    static String summary(RunRecord r) {
        return String.format("night %s: %s (run %d, attempt %d)%n"
                        + "  lines read %,d = evaluated %,d + duplicates %,d + rejected %,d  (%d files)%n"
                        + "  customers %,d, interactions %,d%n"
                        + "  violations seen %,d, new %,d%n"
                        + "%s",
                r.runDate(), r.status(), r.runId(), r.attempt(), r.read(), r.evaluated(), r.duplicates(), r.rejected(),
                r.files(), r.customers(), r.interactions(), r.violations(), r.newViolations(),
                r.message() == null ? "" : "  reason: " + r.message() + System.lineSeparator());
    }
}
