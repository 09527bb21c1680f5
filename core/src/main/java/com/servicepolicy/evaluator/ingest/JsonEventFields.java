package com.servicepolicy.evaluator.ingest;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts contract fields from JSON. Lines are read with a streaming parser rather than a tree:
 * unknown fields are skipped without being materialised, which is most of the cost on real logs.
 */
final class JsonEventFields {
    /** Shared, immutable, thread-safe; creating mappers is expensive. */
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonEventFields() {
    }

    /** Fields of one JSON line; whole-record problems are recorded on the result. */
    static RawEvent fromLine(byte[] buf, int off, int len) {
        RawEvent f = new RawEvent();
        try (JsonParser p = MAPPER.createParser(buf, off, len)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                f.recordError("not a JSON object but " + describe(first));
                return f;
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken token = p.nextToken();
                EventField field = EventField.byName(name);
                if (field == null || !f.markPresent(field)) {
                    p.skipChildren();
                } else {
                    take(f, field, token, p);
                }
            }
            if (p.nextToken() != null) {
                f.recordError("not valid JSON: more content after the object");
            }
        } catch (JacksonException e) {
            f.recordError("not valid JSON: " + Texts.firstLine(e.getOriginalMessage()));
        }
        return f;
    }

    private static void take(RawEvent f, EventField field, JsonToken token, JsonParser p) {
        switch (token) {
            case VALUE_NULL -> { }
            case VALUE_STRING -> {
                String text = p.getString();
                if (!field.isNumeric()) {
                    f.set(field, text);
                } else if (!text.isEmpty()) { // "" is an absent field, whatever its type (the contract)
                    f.error(field, "expected a number, got a string");
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (field.isNumeric()) {
                    f.set(field, p.getString());
                } else {
                    f.error(field, "expected a string, got a number");
                }
            }
            default -> {
                f.error(field, "expected a " + (field.isNumeric() ? "number" : "string") + ", got " + describe(token));
                p.skipChildren();
            }
        }
    }

    /** Fields of an already parsed JSON value (the HTTP endpoint's array elements). */
    static RawEvent fromNode(JsonNode node) {
        RawEvent f = new RawEvent();
        if (node == null || !node.isObject()) {
            f.recordError("not a JSON object but " + (node == null ? "nothing" : describe(node.asToken())));
            return f;
        }
        for (EventField field : EventField.values()) {
            JsonNode v = node.get(field.fieldName());
            if (v == null || v.isNull() || v.isString() && v.stringValue().isEmpty()) {
                continue; // absent, whatever the field's type (the contract)
            }
            if (v.isString() && !field.isNumeric()) {
                f.set(field, v.stringValue());
            } else if (v.isNumber() && field.isNumeric()) {
                f.set(field, v.asString());
            } else {
                f.error(field, "expected a " + (field.isNumeric() ? "number" : "string") + ", got " + describe(v.asToken()));
            }
        }
        return f;
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }
}
