package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.night.GroupRate;
import com.servicepolicy.evaluator.night.RejectedLine;
import com.servicepolicy.evaluator.night.ResponseTimes;
import com.servicepolicy.evaluator.night.RunRecord;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one night's report shows, read from the stores. {@code flagged}: FAIR-003 subjects of the
 * night; {@code minGroupSize}: the smallest group the rules judged (smaller ones cannot be the reference).
 */
record ReportData(RunRecord run, Map<String, Long> byCode, Map<String, Long> bySeverity, Map<String, Long> byPolicy,
                  Map<String, Map<String, Long>> trend, List<ResponseTimes> slowestQueues,
                  List<ResponseTimes> slowestAgents, List<GroupRate> groupRates, Set<String> flagged,
                  long minGroupSize, List<RejectedLine> rejects) {
}
