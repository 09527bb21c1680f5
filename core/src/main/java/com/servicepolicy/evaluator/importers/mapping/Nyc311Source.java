package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.ingest.EventSource;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.SourceOptions;
import com.servicepolicy.evaluator.ingest.SourceRecords;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * NYC 311 service requests (NYC Open Data erm2-nwe9) as published: a mapping shipped in the jar
 * ({@code nyc311.mapping.yaml}, docs/importers/nyc311.md) — local times in America/New_York, priority from a table of
 * complaint types, the agency as queue.
 */
public final class Nyc311Source implements EventSource {
    private static final MappedCsvSource MAPPED = MappedCsvSource.builtIn("nyc311", ".nyc311.csv", "nyc311.mapping.yaml");

    @Override
    public String name() {
        return MAPPED.name();
    }

    @Override
    public boolean readsFileNamed(String lowerCaseName) {
        return MAPPED.readsFileNamed(lowerCaseName);
    }

    @Override
    public EventSource configured(SourceOptions options, Path file) throws InputFileException {
        return MAPPED.configured(options, file);
    }

    @Override
    public void read(InputStream in, String source, SourceRecords records) throws InputFileException {
        MAPPED.read(in, source, records);
    }
}
