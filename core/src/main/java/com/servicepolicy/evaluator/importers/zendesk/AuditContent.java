package com.servicepolicy.evaluator.importers.zendesk;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What converting a ticket reads of one audit: its author, its channel and its events. Read once, where the audit is
 * first parsed (from its tokens by {@link AuditFields}, or from its tree by {@link #of}), so that the audit need not be
 * held as bytes and parsed into a tree a second time when its ticket is converted (that second parse was almost half of
 * a Zendesk import's worker time). {@link #of} is the reference: it reads the tree as the conversion always did.
 *
 * @param authorId the audit's {@code author_id} as text ({@link #text}), null when absent
 * @param channel  {@code via.channel} as text, null when absent
 */
record AuditContent(String authorId, String channel, List<Event> events) {
    /**
     * One audit event as the conversion reads it.
     *
     * @param type      {@code type} as the tree's {@code asString("")}
     * @param id        {@code id}, likewise
     * @param fieldName {@code field_name}, likewise
     * @param value     {@code value} as {@link #text}
     * @param isPublic  {@code public} as the tree's {@code asBoolean(true)}
     * @param authorId  {@code author_id} as {@link #text}
     */
    record Event(String type, String id, String fieldName, String value, boolean isPublic, String authorId) {
    }

    /** The content of an audit's tree. */
    static AuditContent of(JsonNode audit) {
        List<Event> events = new ArrayList<>();
        for (JsonNode e : audit.path("events")) {
            events.add(new Event(e.path("type").asString(""), e.path("id").asString(""), e.path("field_name").asString(""),
                    text(e.path("value")), e.path("public").asBoolean(true), text(e.path("author_id"))));
        }
        return new AuditContent(text(audit.path("author_id")), text(audit.path("via").path("channel")), List.copyOf(events));
    }

    /** A JSON scalar as text (ids are numbers in the API), null for null, missing, an array or an object. */
    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isArray() || node.isObject() ? null : node.asString();
    }
}
