-- Issue #16: the data-quality findings (core quality/, docs/importers/findings.md) of the log a night judged: how many
-- of each kind, and the first of each kind listed (at most 1000 per kind, as the command line's --findings). The
-- report step writes them, replacing any of an earlier attempt, and the night's report shows them.
CREATE TABLE run_data_finding_counts (
    run_date DATE        NOT NULL,
    kind     VARCHAR(40) NOT NULL,
    findings BIGINT      NOT NULL,
    PRIMARY KEY (run_date, kind)
);

CREATE TABLE run_data_findings (
    run_date DATE          NOT NULL,
    kind     VARCHAR(40)   NOT NULL,
    place    INT           NOT NULL,
    subject  VARCHAR(512)  NOT NULL,
    detail   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_date, kind, place)
);
