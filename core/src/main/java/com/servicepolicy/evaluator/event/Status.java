package com.servicepolicy.evaluator.event;

/**
 * An interaction's workflow status: {@code OPEN} from its OPENED and each REOPENED, otherwise that of its
 * latest STATUS_CHANGED. {@code PENDING} waits on the customer, {@code ON_HOLD} on a third party.
 */
public enum Status { OPEN, PENDING, ON_HOLD }
