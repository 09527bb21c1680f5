package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSource;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "night", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"The nightly job on Spark: appends the night's events to the history (Parquet, a directory per night),",
                "evaluates the history window at the night's end and writes the violations of the customers touched, still",
                "open or recently active to OUTPUT/date=D (violations, rejects, customers), replacing an earlier run of the",
                "night; the last line on stderr is the night's accounting:",
                "  read=N evaluated=N duplicates=N rejected=N violations=N"})
final class NightJobCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The night: its day's last millisecond is asOf.")
    LocalDate date;

    @Option(names = "--events", required = true, paramLabel = "PATH", description = "The night's event inputs, as evaluate's --events "
            + "(JSON Lines, CSV, .gz, Parquet). Repeat for several.")
    List<String> events;

    @Option(names = "--customers", paramLabel = "FILE", description = "Customers file (read by the driver, broadcast).")
    Path customers;

    @Option(names = "--history", required = true, paramLabel = "PATH", description = "The history: HISTORY/date=YYYY-MM-DD per night.")
    String history;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Where OUTPUT/date=D is written (replaced).")
    String output;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "FORMAT", description = "Violations as parquet or jsonl (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory on the driver (default: ./rules, else the built-in catalog).")
    Path rules;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE", description = "The zone of the night's day (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--window-days", defaultValue = "90", paramLabel = "DAYS", description = "Nights of history evaluated, "
            + "tonight's included (default: ${DEFAULT-VALUE}, the batch's history and fairness window).")
    int windowDays;

    @Option(names = "--recent-days", defaultValue = "15", paramLabel = "DAYS", description = "Customers with an event this recent "
            + "are reported (default: ${DEFAULT-VALUE}, the batch's recent window).")
    int recentDays;

    @Option(names = "--retention-days", defaultValue = "0", paramLabel = "DAYS", description = "After the night, delete the "
            + "history's nights older than DAYS before it (at least --window-days; more lets a later rerun of a recent night "
            + "read its whole window). Default: keep every night.")
    int retentionDays;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "Also record the night in the app's PostgreSQL store "
            + "(jdbc:postgresql://HOST:PORT/DB?currentSchema=S), migrated by the app, in one transaction.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "The store's user (default: the URL's).")
    String jdbcUser;

    @Option(names = "--jdbc-password-env", paramLabel = "VAR", description = "The environment variable holding the store's password.")
    String jdbcPasswordEnv;

    @Mixin
    JobOptions job;

    private NightStore.Target store() {
        if (jdbcUrl == null) {
            if (jdbcUser != null || jdbcPasswordEnv != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--jdbc-user and --jdbc-password-env need --jdbc-url");
            }
            return null;
        }
        String password = jdbcPasswordEnv == null ? null : System.getenv(jdbcPasswordEnv);
        if (jdbcPasswordEnv != null && password == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jdbc-password-env: " + jdbcPasswordEnv + " is not set");
        }
        return new NightStore.Target(jdbcUrl, jdbcUser, password);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (windowDays < 1 || recentDays < 0 || job.parseThreads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--window-days and --parse-threads must be at least 1, --recent-days at least 0");
        }
        if (retentionDays != 0 && retentionDays < windowDays) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--retention-days must be at least --window-days (" + windowDays + "): the night reads its whole window");
        }
        RuleSource source = RuleSource.resolve(rules);
        RuleFiles files;
        try {
            files = source.read();
        } catch (RuleSetException e) {
            return JobSession.rulesBroken(source, e, err);
        }
        JobSession session = JobSession.open(job.master);
        try {
            NightRequest request = new NightRequest(date, zone, events, customers, history, output, format, windowDays,
                    recentDays, session.partitions(job.partitions), job.splitBytes(), job.parseThreads, store(), retentionDays);
            NightRun night = new NightRun(session.spark(), err);
            Accounting accounting = night.run(request, files);
            int exit = JobSession.finish(accounting, output.replaceAll("/+$", "") + "/date=" + date + "/rejects", err);
            return night.storeFailed() ? SparkEvaluator.FAILED : exit;
        } catch (RuleSetException e) {
            return JobSession.rulesBroken(source, e, err);
        } finally {
            session.close();
        }
    }
}
