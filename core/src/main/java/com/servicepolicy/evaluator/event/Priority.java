package com.servicepolicy.evaluator.event;

/** Urgency of an interaction, lowest first; {@link #NORMAL} when the log does not say. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public boolean atLeast(Priority other) {
        return compareTo(other) >= 0;
    }
}
