-- run_violations holds every violation each night saw: an ordinary night at 1M interactions re-sees ~56k, so
-- the table grew by ~20M rows a year. A night's counts (by code, severity, policy) are what its report and the
-- 30-night trend draw, so they are kept apart, with the night; the detail, which violations a night saw, is
-- kept for evaluator.batch.run-detail-retention and then pruned (except FAIR-003's few rows, which the report's
-- refusal table marks). violation_detail_kept tells a pruned night from one that saw nothing.
CREATE TABLE run_violation_counts (
    run_date   DATE         NOT NULL,
    code       VARCHAR(50)  NOT NULL,
    severity   VARCHAR(16)  NOT NULL,
    policy     VARCHAR(200) NOT NULL,
    violations BIGINT       NOT NULL,
    PRIMARY KEY (run_date, code, severity, policy)
);

INSERT INTO run_violation_counts (run_date, code, severity, policy, violations)
SELECT run_date, code, severity, policy, COUNT(*) FROM run_violations GROUP BY run_date, code, severity, policy;

ALTER TABLE nightly_runs ADD COLUMN violation_detail_kept BOOLEAN DEFAULT TRUE NOT NULL;
