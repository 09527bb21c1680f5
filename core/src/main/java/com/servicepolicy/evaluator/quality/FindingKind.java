package com.servicepolicy.evaluator.quality;

/** The data-quality problems looked for in every log, whatever door it came through (docs/importers/findings.md). */
public enum FindingKind {
    /** An interaction has events (other than its resolution) earlier than its OPENED: they play no part in its clocks. */
    EVENTS_BEFORE_OPENED,
    /** An interaction is OPENED more than once; the first opening counts. */
    SECOND_OPENED,
    /** One interactionId carries events of two customers: two tickets share an id, or the customer ids disagree. */
    TWO_CUSTOMERS,
    /** An interaction is resolved before it was opened (a closing date before the creation date). */
    RESOLVED_BEFORE_OPENED,
    /** Events on an interaction that never opened: no clock runs for it. */
    NEVER_OPENED,
    /** Many times at exactly midnight: a date-only source column read as 00:00. */
    MIDNIGHT_TIMES,
    /** The latest event lies far beyond nearly all the others, so the default asOf judges the log from there. */
    SPARSE_TAIL
}
