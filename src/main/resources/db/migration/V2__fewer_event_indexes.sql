-- Every stored event updates each index of the events table, and ingest is the night's biggest write.
-- The look-ups by interaction (choose-customers, fairness) also name the customer, so the
-- (customer_id, at_ms) index serves them: the interaction index only cost writes.
DROP INDEX events_interaction;
-- The night's customers are recorded at ingest (run_customers) and its accepted events counted there
-- (nightly_runs.evaluated), so nothing looks events up by night any more.
DROP INDEX events_run_date;
