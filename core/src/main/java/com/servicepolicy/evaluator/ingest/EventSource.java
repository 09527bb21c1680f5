package com.servicepolicy.evaluator.ingest;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Port: a kind of input that holds events — the contract's own JSON Lines and CSV, or a helpdesk's
 * export. An adapter turns each record of the input into zero, one or many candidate events, each
 * with the place it came from, and reports records it cannot use; validation, de-duplication and
 * accounting are the reader's ({@link EventLogReader}), the same for every source.
 */
public interface EventSource {
    /** The name that selects this source, e.g. on the command line as {@code --events NAME:FILE}. */
    String name();

    /** Whether a file of this name holds this source's records (lower case, without a {@code .gz} suffix). */
    boolean readsFileNamed(String lowerCaseName);

    /**
     * Reads every record of {@code in} (already decompressed) into {@code records}, in order.
     *
     * @param source how rejections name this input, e.g. the file path as given
     * @throws InputFileException the input as a whole cannot be read (I/O failure, unusable header)
     */
    void read(InputStream in, String source, SourceRecords records) throws InputFileException;

    /**
     * This source set up for one input: its options ({@code servicenow,zone=UTC:FILE}) and, for sources that
     * read a companion file beside the data (a mapping), the data file; {@code file} is null for a stream.
     *
     * @throws InputFileException an option this source does not know or cannot use, an unreadable companion file
     */
    /** The zone this source reads local times in, if its input has any (the data-quality findings judge midnight there). */
    default java.util.Optional<java.time.ZoneId> localTimeZone() {
        return java.util.Optional.empty();
    }

    default EventSource configured(SourceOptions options, Path file) throws InputFileException {
        options.allowOnly(name(), java.util.Set.of());
        return this;
    }
}
