package com.servicepolicy.evaluator.night;

/**
 * One customer's whole stored history as the store read it, not yet decoded: its outlines are decoded for choosing
 * the night's customers, and only a chosen customer's events in full ({@link EventStore#eventsOf}).
 */
public interface StoredHistory {
    String customerId();

    /** The history's events decoded as far as choosing the night's customers reads them. */
    CustomerOutlines outlines();
}
