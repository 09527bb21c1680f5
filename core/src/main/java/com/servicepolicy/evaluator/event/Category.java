package com.servicepolicy.evaluator.event;

/** Kind of interaction; {@link #OTHER} when the log does not say. */
public enum Category { INQUIRY, COMPLAINT, PURCHASE, SUPPORT, OTHER }
