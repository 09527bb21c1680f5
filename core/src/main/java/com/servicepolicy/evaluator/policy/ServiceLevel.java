package com.servicepolicy.evaluator.policy;

import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.event.Priority;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A service-level policy, as helpdesks have them: a name, when it applies, the first/next-response (T1)
 * and resolution (T2) targets per priority, the statuses that pause each clock, and the business calendar
 * its responsiveness clocks count (null: the calendar of the responsiveness family, or calendar time).
 * The settings' own table is the policy named {@value #DEFAULT}, which applies when no other does.
 */
public final class ServiceLevel {
    public static final String DEFAULT = "default";

    private final String name;
    private final ServiceLevelCondition when;
    private final Map<Priority, Long> response;
    private final Map<Priority, Long> resolution;
    private final Map<ClockKind, Set<Status>> pausedStatuses;
    private final BusinessCalendar calendar;

    public ServiceLevel(String name, ServiceLevelCondition when, Map<Priority, Long> response,
                        Map<Priority, Long> resolution, Map<ClockKind, Set<Status>> pausedStatuses,
                        BusinessCalendar calendar) {
        this.name = name;
        this.when = when;
        this.response = new EnumMap<>(response);
        this.resolution = new EnumMap<>(resolution);
        this.pausedStatuses = new EnumMap<>(ClockKind.class);
        pausedStatuses.forEach((kind, statuses) -> this.pausedStatuses.put(kind, Set.copyOf(statuses)));
        this.calendar = calendar;
    }

    public String name() {
        return name;
    }

    public ServiceLevelCondition when() {
        return when;
    }

    /** T1 of a priority. */
    public long responseTarget(Priority priority) {
        return response.get(priority);
    }

    /** T2 of a priority. */
    public long resolutionTarget(Priority priority) {
        return resolution.get(priority);
    }

    /** The statuses in which a clock of this kind does not run. */
    public Set<Status> pausedIn(ClockKind kind) {
        return pausedStatuses.getOrDefault(kind, Set.of());
    }

    /** The calendar of this policy's responsiveness clocks, or null. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    @Override
    public String toString() {
        return name;
    }
}
