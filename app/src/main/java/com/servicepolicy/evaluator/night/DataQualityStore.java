package com.servicepolicy.evaluator.night;

import com.servicepolicy.evaluator.quality.Findings;

import java.time.LocalDate;

/** Port: the data-quality findings of each night (counts per kind, the first of each kind listed). */
public interface DataQualityStore {
    /** Stores the night's findings in place of any stored before (a rerun of the report step). */
    void replace(LocalDate runDate, Findings findings);

    /** The night's findings, at most {@code listedPerKind} of each kind listed; none if the night stored none. */
    Findings of(LocalDate runDate, int listedPerKind);
}
