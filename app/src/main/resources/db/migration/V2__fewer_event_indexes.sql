-- Every stored event updates each index of the events table, and ingest is the night's biggest write.
-- The look-ups by interaction (choose-customers, fairness) also name the customer, so the
-- (customer_id, at_ms) index serves them: the interaction index only cost writes.
DROP INDEX events_interaction;
