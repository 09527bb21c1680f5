package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.NightLock;
import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.RunStatus;
import com.servicepolicy.evaluator.night.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts a night, from the schedule, the command line or the HTTP endpoint. A night that never ran,
 * or completed, starts a new attempt (a new job instance: date + attempt); a night whose last
 * attempt failed or was killed is restarted and resumes where it stopped. One night at a time per
 * database, across processes: a run first takes the {@link NightLock} (or is refused at once). So an
 * execution found "running" belongs to a process that died, and is first marked failed.
 */
@Component
public class NightlyRunner {
    private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final RunStore runs;
    private final NightLock lock;
    private final BatchProperties properties;
    private final Set<LocalDate> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nightly-run");
        t.setDaemon(true);
        return t;
    });

    NightlyRunner(JobOperator operator, JobRepository repository, Job nightlyEvaluationJob, RunStore runs,
                  NightLock lock, BatchProperties properties) {
        this.operator = operator;
        this.repository = repository;
        this.job = nightlyEvaluationJob;
        this.runs = runs;
        this.lock = lock;
        this.properties = properties;
    }

    /**
     * Runs the night to its end and returns its record; {@code inbox} null means the configured one.
     * Throws {@link com.servicepolicy.evaluator.night.BatchLockedException} at once, having written
     * nothing, while another process runs a night on the same database.
     */
    public RunRecord run(LocalDate date, Path inbox) throws Exception {
        if (!running.add(date)) {
            throw new NightAlreadyRunningException(date);
        }
        try (NightLock.Held held = lock.acquire()) {
            JobExecution execution = operator.start(job, prepare(date, inbox));
            log.info("night {}: job execution {} ended {}", date, execution.getId(), execution.getStatus());
            return runs.find(date).orElseThrow();
        } catch (com.servicepolicy.evaluator.night.BatchLockedException | NightAlreadyRunningException e) {
            throw e;
        } catch (Exception e) { // e.g. the database went away, job repository and all: the steps could not say so
            NightFailures.log(date, java.util.List.of(e));
            throw e;
        } finally {
            running.remove(date);
        }
    }

    /** Starts the night in the background (one at a time); the runs table shows its progress. */
    public void runInBackground(LocalDate date) {
        if (running.contains(date)) {
            throw new NightAlreadyRunningException(date);
        }
        background.submit(() -> {
            try {
                run(date, null);
            } catch (Exception e) {
                log.error("night {} failed: {}", date, e.getMessage(), e);
            }
        });
    }

    private JobParameters prepare(LocalDate date, Path inbox) {
        Night night = new Night(date, inbox == null ? properties.inbox() : inbox, properties.zone());
        Optional<RunRecord> last = runs.find(date);
        int attempt = last.map(RunRecord::attempt).orElse(0);
        boolean restart = last.isPresent() && !RunStatus.COMPLETED.name().equals(last.get().status());
        JobParameters params = parameters(date, restart ? attempt : attempt + 1, night.inboxRoot());
        JobExecution previous = restart ? repository.getLastJobExecution(NightlyJobConfig.JOB, params) : null;
        if (previous == null) {
            runs.beginAttempt(date, restart ? attempt : attempt + 1, night.asOf(), System.currentTimeMillis());
            log.info("night {}: attempt {}", date, restart ? attempt : attempt + 1);
        } else {
            if (previous.getStatus().isRunning() || previous.getStatus() == BatchStatus.UNKNOWN) {
                log.warn("night {}: execution {} was left {} by a process that died; marking it failed", date,
                        previous.getId(), previous.getStatus());
                operator.recover(previous);
            }
            runs.markRestarted(date);
            log.info("night {}: restarting attempt {} where it stopped", date, attempt);
        }
        return params;
    }

    private static JobParameters parameters(LocalDate date, int attempt, Path inbox) {
        return new JobParametersBuilder()
                .addString(NightlyJobConfig.DATE, date.toString())
                .addLong(NightlyJobConfig.ATTEMPT, (long) attempt)
                .addString(NightlyJobConfig.INBOX, inbox.toString(), false)
                .toJobParameters();
    }
}
