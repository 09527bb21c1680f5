package com.servicepolicy.evaluator.night;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Port: the stored violations as people work them, and the audit trail of their changes. */
public interface Findings {
    Page<Finding> search(ViolationFilter filter, FindingSort sort, boolean descending, int page, int size);

    /** Every violation the filter selects, in order, one in memory at a time (the CSV download). */
    void forEach(ViolationFilter filter, FindingSort sort, boolean descending, Consumer<Finding> consumer);

    Optional<Finding> find(long id);

    /** The night's most pressing violations: most severe first, then the most overdue (measured over threshold). */
    List<Finding> topOfNight(LocalDate night, int limit);

    /** The nights whose list of violations (still kept) names this one, oldest first. */
    List<LocalDate> nightsThatSaw(long id);

    /** Applies a change and appends it to the audit trail, in one transaction; false if there is no such violation. */
    boolean apply(long id, FindingChange change);

    /** The violation's audit trail, oldest first. */
    List<AuditEntry> audit(long id);
}
