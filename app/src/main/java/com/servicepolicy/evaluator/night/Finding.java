package com.servicepolicy.evaluator.night;

import java.time.LocalDate;

/**
 * A stored violation as people work it: its number, the queue of its interaction, its status and owner, the
 * last night its closer could have seen ({@code closedThrough}, null while open) and the later night that found it
 * again with other details after it was closed ({@code returnedOn}, null if none).
 */
public record Finding(long id, StoredViolation violation, String queue, FindingStatus status, String assignee,
                      LocalDate closedThrough, LocalDate returnedOn) {
}
