package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.RunStore;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The {@code nightly-evaluation} job: ingest, evaluate (choosing the customers as it reads them), fairness audit, prune, report.
 * Steps manage their own transactions (each commits its work with its restart point), so the
 * steps' own transaction manager is resourceless; a failed or killed run restarts at the step
 * and checkpoint it reached.
 */
@Configuration
@EnableConfigurationProperties(BatchProperties.class)
class NightlyJobConfig {
    static final String JOB = "nightly-evaluation";
    static final String DATE = "date";
    static final String ATTEMPT = "attempt";
    static final String INBOX = "inbox";

    @Bean
    Job nightlyEvaluationJob(JobRepository repository, IngestTasklet ingest, EvaluateTasklet evaluate,
                             FairnessTasklet fairness, PruneTasklet prune, ReportTasklet report,
                             RunStore runs) {
        return new JobBuilder(JOB, repository)
                .listener(failureRecorder(runs))
                .start(step("ingest", ingest, repository))
                .next(step("evaluate", evaluate, repository))
                .next(step("fairness", fairness, repository))
                .next(step("prune", prune, repository))
                .next(step("report", report, repository))
                .build();
    }

    private static Step step(String name, Tasklet tasklet, JobRepository repository) {
        return new StepBuilder(name, repository).tasklet(tasklet, new ResourcelessTransactionManager()).build();
    }

    /** A failed night says why in the runs table (and writes no report). */
    private static JobExecutionListener failureRecorder(RunStore runs) {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                if (!execution.getStatus().isUnsuccessful()) {
                    return;
                }
                LocalDate night = LocalDate.parse(execution.getJobParameters().getString(DATE));
                NightFailures.log(night, execution.getAllFailureExceptions());
                String why = execution.getAllFailureExceptions().stream().map(NightFailures::describe)
                        .distinct().collect(Collectors.joining("; "));
                runs.fail(night, why.isEmpty() ? execution.getExitStatus().getExitDescription() : why,
                        System.currentTimeMillis());
            }
        };
    }

    static Night night(ChunkContext context, BatchProperties properties) {
        JobParameters params = context.getStepContext().getStepExecution().getJobExecution().getJobParameters();
        String inbox = params.getString(INBOX);
        return new Night(LocalDate.parse(params.getString(DATE)),
                inbox == null ? properties.inbox() : Path.of(inbox), properties.zone());
    }
}
