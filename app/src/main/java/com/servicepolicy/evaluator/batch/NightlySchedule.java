package com.servicepolicy.evaluator.batch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.LocalDate;

/** Runs yesterday's night at {@code evaluator.batch.cron} in {@code evaluator.batch.zone}, unless the schedule is off. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "evaluator.batch.scheduled", havingValue = "true", matchIfMissing = true)
class NightlySchedule {
    private final NightlyRunner runner;
    private final BatchProperties properties;

    NightlySchedule(NightlyRunner runner, BatchProperties properties) {
        this.runner = runner;
        this.properties = properties;
    }

    @Scheduled(cron = "${evaluator.batch.cron:0 0 2 * * *}", zone = "${evaluator.batch.zone:UTC}")
    void runLastNight() {
        runner.runInBackground(LocalDate.now(properties.zone()).minusDays(1));
    }
}
