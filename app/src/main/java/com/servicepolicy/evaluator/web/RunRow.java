package com.servicepolicy.evaluator.web;

import com.servicepolicy.evaluator.night.RunRecord;

import java.time.Duration;
import java.time.Instant;

/** A night as the runs list shows it: its record, its times as instants and how long it took. */
record RunRow(RunRecord run, Instant asOf, Instant started, Instant finished, String took) {
    static RunRow of(RunRecord r) {
        Instant finished = r.finishedMillis() == null ? null : Instant.ofEpochMilli(r.finishedMillis());
        String took = finished == null ? null
                : Duration.ofMillis(r.finishedMillis() - r.startedMillis()).toString().substring(2).toLowerCase();
        return new RunRow(r, Instant.ofEpochMilli(r.asOfMillis()), Instant.ofEpochMilli(r.startedMillis()), finished, took);
    }
}
