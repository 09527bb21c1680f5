package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.ingest.Times;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** The request fields beside the events and customers: asOf, with its problems collected. */
final class RequestFields {
    private RequestFields() {
    }

    static Instant asOf(JsonNode node, Instant now, List<InvalidItem> errors) {
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isEmpty())) {
            return now;
        }
        if (!node.isString()) {
            errors.add(InvalidItem.ofField("asOf", "expected a string, got " + kind(node)));
            return now;
        }
        try {
            return Times.parseInstant(node.stringValue());
        } catch (IllegalArgumentException e) {
            errors.add(InvalidItem.ofField("asOf", e.getMessage()));
            return now;
        }
    }

    static String kind(JsonNode n) {
        if (n.isObject()) return "an object";
        if (n.isArray()) return "an array";
        if (n.isString()) return "a string";
        if (n.isNumber()) return "a number";
        if (n.isBoolean()) return "a boolean";
        return "null";
    }

}
