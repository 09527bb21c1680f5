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

    /** A JSON value of the field's type is its text; an empty string is an absent field, whatever the type. */
    private static void take(RawEvent f, EventField field, JsonToken token, JsonParser p) {
        switch (token) {
            case VALUE_NULL -> { }
            case VALUE_STRING -> {
                String text = p.getString();
                if (text.isEmpty()) {
                    return;
                }
                takeOrRefuse(f, field, !field.isNumeric() && !field.isBoolean(), text, "a string");
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> takeOrRefuse(f, field, field.isNumeric(), p.getString(), "a number");
            case VALUE_TRUE, VALUE_FALSE -> takeOrRefuse(f, field, field.isBoolean(), p.getString(), "a boolean");
            default -> {
                f.error(field, "expected a " + field.jsonType() + ", got " + describe(token));
                p.skipChildren();
            }
        }
    }

    private static void takeOrRefuse(RawEvent f, EventField field, boolean rightType, String text, String got) {
        if (rightType) {
            f.set(field, text);
        } else {
            f.error(field, "expected a " + field.jsonType() + ", got " + got);
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
            if (v == null || v.isNull() || (v.isString() && v.stringValue().isEmpty())) {
                continue;
            }
            if (v.isString()) {
                takeOrRefuse(f, field, !field.isNumeric() && !field.isBoolean(), v.stringValue(), "a string");
            } else if (v.isNumber()) {
                takeOrRefuse(f, field, field.isNumeric(), v.asString(), "a number");
            } else if (v.isBoolean()) {
                takeOrRefuse(f, field, field.isBoolean(), v.asString(), "a boolean");
            } else {
                f.error(field, "expected a " + field.jsonType() + ", got " + describe(v.asToken()));
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
