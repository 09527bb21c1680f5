package com.servicepolicy.evaluator.night;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/** Port: what a night read apart from events: rejects, duplicates and each file's restart point. */
public interface IngestLedger {
    void addRejects(LocalDate runDate, List<RejectedLine> rejects);

    void addDuplicates(LocalDate runDate, List<DuplicateLine> duplicates);

    List<RejectedLine> rejects(LocalDate runDate, int limit);

    long countRejects(LocalDate runDate);

    long countDuplicates(LocalDate runDate);

    /** Lines of {@code name} (a file, or a step) already done, if a checkpoint was committed. */
    OptionalLong position(LocalDate runDate, String name);

    String textPosition(LocalDate runDate, String name);

    void checkpoint(LocalDate runDate, String name, long position, String text);
}
