-- Lines of a night whose event is already older than the retention (asOf - retention) when read, e.g. a
-- backfill of last year. No window of the night reads them, and prune would delete them at the end of the
-- very night that stored them: storing them in events cost four index entries to write and four to delete.
-- Only their id and where they were first read are kept, for as long as the night needs them to spot a
-- repeated id among its own lines (also across a restart); prune forgets them.
CREATE TABLE run_expired_events (
    event_id VARCHAR(512)  NOT NULL PRIMARY KEY,
    run_date DATE          NOT NULL,
    source   VARCHAR(1000) NOT NULL,
    line     BIGINT        NOT NULL
);
