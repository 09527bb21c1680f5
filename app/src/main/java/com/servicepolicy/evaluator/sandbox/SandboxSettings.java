package com.servicepolicy.evaluator.sandbox;

import org.springframework.util.unit.DataSize;

import java.time.Duration;

/** The rule sandbox's limits: heap of the child JVM, CPU seconds, wall-clock timeout, children at once. */
public record SandboxSettings(DataSize heap, int cpuSeconds, Duration timeout, int concurrent) {
    public SandboxSettings {
        if (heap.toMegabytes() < 64 || cpuSeconds < 1 || timeout.isNegative() || timeout.isZero() || concurrent < 1) {
            throw new IllegalArgumentException("evaluator.sandbox.*: heap at least 64MB, cpu-seconds, timeout and"
                    + " concurrent positive");
        }
    }
}
