package com.servicepolicy.evaluator.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem with one item of a request: where it is ({@code pointer}, a JSON Pointer into the
 * request body, and the array {@code index} or the NDJSON {@code line}), the item's
 * {@code eventId} (or customerId) when it could be read, the {@code field} at fault (null when the
 * whole item is unusable) and the {@code reason}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvalidItem(String pointer, Integer index, Long line, String eventId, String field, String reason) {

    static InvalidItem atIndex(String array, int index, String id, String field, String reason) {
        String pointer = "/" + array + "/" + index + (field == null ? "" : "/" + field);
        return new InvalidItem(pointer, index, null, id, field, reason);
    }

    static InvalidItem atLine(long line, String eventId, String field, String reason) {
        return new InvalidItem(null, null, line, eventId, field, reason);
    }

    static InvalidItem ofField(String field, String reason) {
        return new InvalidItem("/" + field, null, null, null, field, reason);
    }
}
