package com.servicepolicy.evaluator.cli;

import picocli.CommandLine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses {@code --as-of}; like the log, it must say which instant it means (offset or Z). */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not an instant with an offset, e.g. 2026-03-20T08:00:00Z or 2026-03-20T09:00:00+01:00");
        }
    }
}
