-- RESP-001 (first response late) and RESP-003 (resolution late) of the default catalog, in SQL, as a columnar
-- engine's reference for issue #19: the counts must equal `evaluate`'s on the same file, and the time is the bar.
-- Semantics (../shared/spec/policy-catalog.md, default settings): calendar time; the priority in effect when a
-- clock is judged (the latest PRIORITY_CHANGED at or before the stop event, or asOf) sets the target; an agent
-- response is a non-internal AGENT_REPLY, a RESOLVED or a REFUSED; the resolution clock pauses in PENDING and
-- ON_HOLD (status is OPEN from OPENED and each REOPENED, else the latest STATUS_CHANGED); events before the
-- interaction's OPENED (by time, then line) play no part; asOf is the latest event time; duplicates by eventId
-- keep their first line. ${EVENTS} is replaced by the events file.
CREATE TEMP TABLE raw AS
SELECT row_number() OVER () AS line, *
FROM read_json('${EVENTS}', format = 'newline_delimited', ignore_errors = true,
     columns = {'eventId': 'VARCHAR', 'type': 'VARCHAR', 'at': 'VARCHAR', 'interactionId': 'VARCHAR',
                'priority': 'VARCHAR', 'status': 'VARCHAR', 'internal': 'BOOLEAN'});

CREATE TEMP TABLE ev AS
SELECT line, type, epoch_ms(CAST("at" AS TIMESTAMPTZ)) AS t, interactionId, priority, status,
       coalesce(internal, false) AS internal
FROM raw
WHERE eventId IS NOT NULL AND type IS NOT NULL AND "at" IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY eventId ORDER BY line) = 1;

CREATE TEMP TABLE targets(priority VARCHAR, t1 BIGINT, t2 BIGINT);
INSERT INTO targets VALUES ('URGENT', 3600000, 86400000), ('HIGH', 14400000, 259200000),
                           ('NORMAL', 86400000, 604800000), ('LOW', 259200000, 1209600000);

CREATE TEMP TABLE opened AS
SELECT interactionId, min(t) AS o_t, arg_min(line, (t, line)) AS o_line, arg_min(priority, (t, line)) AS o_pri
FROM ev WHERE type = 'OPENED' GROUP BY interactionId;

-- the events of each interaction from its OPENED on
CREATE TEMP TABLE life AS
SELECT e.*, o.o_t, o.o_line, o.o_pri
FROM ev e JOIN opened o USING (interactionId)
WHERE e.t > o.o_t OR (e.t = o.o_t AND e.line >= o.o_line);

CREATE TEMP TABLE clocks AS
WITH latest AS (SELECT max(t) AS a FROM ev),
stops AS (
  SELECT interactionId,
         min({'t': t, 'line': line}) FILTER (WHERE line <> o_line AND ((type = 'AGENT_REPLY' AND NOT internal)
                                                          OR type IN ('RESOLVED', 'REFUSED'))) AS reply,
         min({'t': t, 'line': line}) FILTER (WHERE type IN ('RESOLVED', 'REFUSED')) AS resolution
  FROM life GROUP BY interactionId)
SELECT o.interactionId, o.o_t, o.o_pri, a.a,
       coalesce(s.reply.t, a.a) AS reply_end, coalesce(s.reply.line, 9223372036854775807) AS reply_line,
       s.reply IS NOT NULL AS replied,
       coalesce(s.resolution.t, a.a) AS res_end, coalesce(s.resolution.line, 9223372036854775807) AS res_line
FROM opened o CROSS JOIN latest a LEFT JOIN stops s USING (interactionId);

-- paused time of the resolution clock: status intervals in PENDING or ON_HOLD, clipped to the clock's end
CREATE TEMP TABLE paused AS
WITH status AS (
  SELECT l.interactionId, l.t, l.line, CASE WHEN l.type = 'STATUS_CHANGED' THEN l.status ELSE 'OPEN' END AS s,
         lead(l.t) OVER (PARTITION BY l.interactionId ORDER BY l.t, l.line) AS next_t, c.res_end, c.res_line
  FROM life l JOIN clocks c USING (interactionId)
  WHERE l.type IN ('OPENED', 'REOPENED', 'STATUS_CHANGED'))
SELECT interactionId, sum(greatest(0, least(coalesce(next_t, res_end), res_end) - t)) AS paused_ms
FROM status
WHERE s IN ('PENDING', 'ON_HOLD') AND (t < res_end OR (t = res_end AND line < res_line))
GROUP BY interactionId;

-- the priority in effect when each clock is judged: the latest PRIORITY_CHANGED at or before its stop event (then
-- line order), or asOf while it runs; else the OPENED's
CREATE TEMP TABLE judged AS
WITH changes AS (SELECT interactionId, t, line, priority FROM life WHERE type = 'PRIORITY_CHANGED')
SELECT c.interactionId, c.o_t, c.reply_end, c.res_end,
       coalesce(arg_max(p.priority, (p.t, p.line))
                FILTER (WHERE p.t < c.reply_end OR (p.t = c.reply_end AND p.line < c.reply_line)), c.o_pri) AS reply_pri,
       coalesce(arg_max(p.priority, (p.t, p.line))
                FILTER (WHERE p.t < c.res_end OR (p.t = c.res_end AND p.line < c.res_line)), c.o_pri) AS res_pri
FROM clocks c LEFT JOIN changes p USING (interactionId)
GROUP BY c.interactionId, c.o_t, c.o_pri, c.reply_end, c.reply_line, c.res_end, c.res_line;

SELECT 'RESP-001' AS code, count(*) AS violations
FROM judged j JOIN targets g ON g.priority = j.reply_pri
WHERE j.reply_end - j.o_t > g.t1
UNION ALL
SELECT 'RESP-003', count(*)
FROM judged j LEFT JOIN paused p USING (interactionId) JOIN targets g ON g.priority = j.res_pri
WHERE j.res_end - j.o_t - coalesce(p.paused_ms, 0) > g.t2
ORDER BY code;
