package com.servicepolicy.evaluator.generate;

/** Running identifiers, readable in a diff and unique within one generated log. */
final class Ids {
    private long events;
    private long interactions;
    private long customers;
    private long drafts;

    String nextEvent() {
        return "E" + (++events);
    }

    String nextInteraction() {
        return "I" + (++interactions);
    }

    String nextCustomer() {
        return "C" + (++customers);
    }

    long nextOrder() {
        return drafts++;
    }
}
