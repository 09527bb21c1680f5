-- The contract grew (issue #14): STATUS_CHANGED carries a status, AGENT_REPLY may be an internal note, OPENED may
-- name a queue; PRIORITY_CHANGED uses the existing priority column. Violations name the service-level policy
-- that gave the target of the clock they judged.
ALTER TABLE events ADD COLUMN status VARCHAR(16);
ALTER TABLE events ADD COLUMN internal BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE events ADD COLUMN queue VARCHAR(512);
ALTER TABLE violations ADD COLUMN service_level VARCHAR(200);
