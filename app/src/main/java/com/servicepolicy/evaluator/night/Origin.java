package com.servicepolicy.evaluator.night;

import java.time.LocalDate;

/** Where a stored event was first read: the night, the file and the line. */
public record Origin(LocalDate runDate, String source, long line) {
    public boolean isAt(LocalDate date, String otherSource, long otherLine) {
        return runDate.equals(date) && source.equals(otherSource) && line == otherLine;
    }
}
