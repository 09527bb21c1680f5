package com.servicepolicy.evaluator.importers.twitter;

import java.time.Instant;

/** One row of the twcs export, as far as threads need it; {@code inReplyTo} is null for a tweet that starts a chain. */
record Tweet(long line, String id, String author, boolean inbound, Instant at, String inReplyTo, String text) {
}
