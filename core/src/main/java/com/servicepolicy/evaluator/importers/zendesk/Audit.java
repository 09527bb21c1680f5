package com.servicepolicy.evaluator.importers.zendesk;

import tools.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * One audit, the line it starts on, and what grouping needs of it, read where its tree was made: its ticket and time,
 * or why it cannot be used ({@code problem}; then {@code at} is null).
 */
record Audit(long line, JsonNode node, String ticket, Instant at, String problem) {
    static Audit of(long line, JsonNode node) {
        String ticket = node.path("ticket_id").asString("");
        if (ticket.isEmpty()) {
            return new Audit(line, node, ticket, null, "ticket_id: missing");
        }
        try {
            return new Audit(line, node, ticket, Instant.parse(node.path("created_at").asString("")), null);
        } catch (DateTimeException e) {
            return new Audit(line, node, ticket, null,
                    "created_at: '" + node.path("created_at").asString("") + "' is not an ISO-8601 time");
        }
    }
}
