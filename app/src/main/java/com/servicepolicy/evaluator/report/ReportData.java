package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.night.RejectedLine;
import com.servicepolicy.evaluator.policy.DisparityTests;
import com.servicepolicy.evaluator.policy.GroupRefusalRate;
import com.servicepolicy.evaluator.night.ResponseTimes;
import com.servicepolicy.evaluator.night.RunRecord;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one night's report shows, read from the stores. {@code groupRates}: the night's group counts
 * tested as FAIR-003 tests them (core {@link DisparityTests}: reference, test, raw and adjusted p);
 * {@code flagged}: the night's group-level subjects; {@code minGroupSize}: the smallest group the rules judged.
 */
record ReportData(RunRecord run, Map<String, Long> byCode, Map<String, Long> bySeverity, Map<String, Long> byPolicy,
                  Map<String, Map<String, Long>> trend, List<ResponseTimes> slowestQueues,
                  List<ResponseTimes> slowestAgents, List<GroupRefusalRate> groupRates, Set<String> flagged,
                  long minGroupSize, List<RejectedLine> rejects) {
}
