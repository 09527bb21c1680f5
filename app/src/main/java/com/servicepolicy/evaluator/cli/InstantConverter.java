package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.ingest.Times;
import picocli.CommandLine;

import java.time.Instant;

/** Parses an instant option ({@code --as-of}, {@code --start}) as the log's times are parsed: with an offset or Z. */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return Times.parseInstant(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an instant with an offset ("
                    + e.getMessage() + "), e.g. 2026-03-20T08:00:00Z or 2026-03-20T09:00:00+01:00");
        }
    }
}
