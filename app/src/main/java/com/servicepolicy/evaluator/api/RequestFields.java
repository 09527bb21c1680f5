package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.event.Customer;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request fields beside the events: customers and asOf, with their problems collected. */
final class RequestFields {
    private RequestFields() {
    }

    static List<Customer> customers(JsonNode node, List<InvalidItem> errors) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(InvalidItem.ofField("customers", "expected an array, got " + kind(node)));
            return List.of();
        }
        List<Customer> customers = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode c = node.get(i);
            if (!c.isObject()) {
                errors.add(InvalidItem.atIndex("customers", i, null, null, "expected an object, got " + kind(c)));
                continue;
            }
            JsonNode id = c.get("customerId");
            if (id == null || !id.isString() || id.stringValue().isEmpty()) {
                errors.add(InvalidItem.atIndex("customers", i, null, "customerId",
                        id == null || id.isNull() || id.isString() ? "missing" : "expected a string, got " + kind(id)));
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            boolean valid = true;
            for (Map.Entry<String, JsonNode> e : c.properties()) {
                JsonNode v = e.getValue();
                if (e.getKey().equals("customerId") || v.isNull() || (v.isString() && v.stringValue().isEmpty())) {
                    continue; // empty means "not declared"
                }
                if (v.isContainer()) {
                    errors.add(InvalidItem.atIndex("customers", i, id.stringValue(), e.getKey(),
                            "a protected attribute is a group label, got " + kind(v)));
                    valid = false;
                } else {
                    attributes.put(e.getKey(), v.asString());
                }
            }
            if (valid) {
                customers.add(new Customer(id.stringValue(), attributes));
            }
        }
        return customers;
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
            return parseInstant(node.stringValue());
        } catch (IllegalArgumentException e) {
            errors.add(InvalidItem.ofField("asOf", e.getMessage()));
            return now;
        }
    }

    /** An ISO-8601 time with offset, as event times are; a time without offset is refused. */
    static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 time with offset or Z: '" + text + "'");
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
