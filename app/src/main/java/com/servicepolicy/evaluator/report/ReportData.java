package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.findings.FindingView;
import com.servicepolicy.evaluator.night.RejectedLine;
import com.servicepolicy.evaluator.night.ResponseTimes;
import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.policy.DisparityTests;
import com.servicepolicy.evaluator.quality.FindingKind;
import com.servicepolicy.evaluator.quality.Findings;

import java.util.List;
import java.util.Map;

/**
 * Everything one night's report shows, read from the stores. {@code fairness}: the night's group counts tested as
 * FAIR-003 tests them (core {@link DisparityTests}) with the night's group-level subjects flagged;
 * {@code slowestQueues}/{@code slowestAgents}: only keys with at least {@code minResponses} first responses;
 * {@code topViolations}: the night's most pressing violations (empty once its list is pruned); {@code dataQuality}: the
 * data-quality findings of the log the night judged (docs/importers/findings.md), the first few of each kind listed.
 */
public record ReportData(RunRecord run, Map<String, Long> byCode, Map<String, Long> bySeverity,
                         Map<String, Long> byPolicy, Map<String, Map<String, Long>> trend,
                         List<ResponseTimes> slowestQueues, List<ResponseTimes> slowestAgents, int minResponses,
                         List<FairnessRow> fairness, List<RejectedLine> rejects, List<FindingView> topViolations,
                         Findings dataQuality) {
    /** The kinds found, in the order of {@link FindingKind}, for the report's table. */
    public List<FindingKind> dataQualityKinds() {
        return java.util.Arrays.stream(FindingKind.values()).filter(k -> dataQuality.count(k) > 0).toList();
    }
}
