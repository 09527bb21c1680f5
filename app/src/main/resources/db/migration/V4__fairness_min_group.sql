-- The smallest group FAIR-003 judged on the night (rules/settings.yaml disparateRefusal.minGroupSize),
-- so that the report picks the same reference group and marks the same groups too small as the rule did.
-- Nights before this column were judged with 30, the only size the report then knew.
ALTER TABLE nightly_runs ADD COLUMN fairness_min_group BIGINT DEFAULT 30 NOT NULL;
