package com.servicepolicy.evaluator.policy;

import com.servicepolicy.evaluator.event.Priority;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets of the responsiveness clocks of each service-level policy, built once with the settings: every
 * clock of every evaluation asks for one, and building its name ("T1 for HIGH priority (vip)") each time cost
 * a string concatenation per clock. Each is made on first use, so a priority a policy has no target for fails
 * only when a clock asks for it, as before.
 */
final class ClockTargets {
    private static final Priority[] PRIORITIES = Priority.values();

    /** Per policy (by identity, as the settings hand them out): T1 then T2, by priority ordinal; read-only map. */
    private final Map<ServiceLevel, ClockTarget[]> byLevel = new IdentityHashMap<>();
    private final ServiceLevel defaultLevel;

    ClockTargets(ServiceLevel defaultLevel, List<ServiceLevel> others) {
        this.defaultLevel = defaultLevel;
        byLevel.put(defaultLevel, new ClockTarget[2 * PRIORITIES.length]);
        for (ServiceLevel level : others) {
            byLevel.put(level, new ClockTarget[2 * PRIORITIES.length]);
        }
    }

    /** T1 ({@code resolution} false) or T2 of a priority under a policy. */
    ClockTarget of(ServiceLevel level, Priority priority, boolean resolution) {
        ClockTarget[] targets = priority == null ? null : byLevel.get(level);
        if (targets == null) { // a policy the settings do not hold, or no priority: built each time
            return resolution ? resolution(level, priority) : response(level, priority);
        }
        int i = (resolution ? PRIORITIES.length : 0) + priority.ordinal();
        ClockTarget target = targets[i];
        if (target == null) { // filled on first use; threads racing here store equal immutable records
            target = resolution ? resolution(level, priority) : response(level, priority);
            targets[i] = target;
        }
        return target;
    }

    private ClockTarget response(ServiceLevel level, Priority priority) {
        return new ClockTarget(level.responseTarget(priority), "T1 for " + priority + " priority" + suffix(level));
    }

    private ClockTarget resolution(ServiceLevel level, Priority priority) {
        return new ClockTarget(level.resolutionTarget(priority), "T2 for " + priority + " priority" + suffix(level));
    }

    private String suffix(ServiceLevel level) {
        return level == defaultLevel ? "" : " (" + level.name() + ")";
    }
}
