package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.report.ReportWriter;
import com.servicepolicy.evaluator.night.DataQualityStore;
import com.servicepolicy.evaluator.night.RunFigures;
import com.servicepolicy.evaluator.night.RunStore;
import com.servicepolicy.evaluator.night.ViolationStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Step 6: closes the night's accounting, stores the data-quality findings of what it judged, and writes {@code <out>/<date>/report.html} and {@code violations.csv}. */
@Component
class ReportTasklet implements Tasklet {
    private final RunStore runs;
    private final ViolationStore violations;
    private final RunFigures figures;
    private final ReportWriter reports;
    private final NightDataQuality quality;
    private final DataQualityStore qualityStore;
    private final BatchProperties properties;

    ReportTasklet(RunStore runs, ViolationStore violations, RunFigures figures, ReportWriter reports,
                  NightDataQuality quality, DataQualityStore qualityStore, BatchProperties properties) {
        this.quality = quality;
        this.qualityStore = qualityStore;
        this.runs = runs;
        this.violations = violations;
        this.figures = figures;
        this.reports = reports;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Night night = NightlyJobConfig.night(chunkContext, properties);
        long[] seen = violations.countSeen(night.date());
        figures.countSeenViolations(night.date());
        qualityStore.replace(night.date(),
                quality.of(night, chunkContext.getStepContext().getStepExecution().getJobExecutionId()));
        runs.complete(night.date(), seen[0], seen[1], System.currentTimeMillis());
        reports.write(night.date(), properties.out().resolve(night.date().toString()));
        return RepeatStatus.FINISHED;
    }
}
