package com.servicepolicy.evaluator.importers.zendesk;

import tools.jackson.databind.JsonNode;

/**
 * What converting a ticket reads of its entry in the {@code tickets} array, each as {@link AuditContent#text}; kept
 * instead of the entry's tree, which held every other field too.
 */
record TicketContent(String requesterId, String priority, String groupId, String type) {
    static TicketContent of(JsonNode ticket) {
        return new TicketContent(AuditContent.text(ticket.path("requester_id")), AuditContent.text(ticket.path("priority")),
                AuditContent.text(ticket.path("group_id")), AuditContent.text(ticket.path("type")));
    }
}
