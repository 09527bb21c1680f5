package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.EventParser;
import com.servicepolicy.evaluator.ingest.FieldError;
import com.servicepolicy.evaluator.ingest.ParseResult;
import com.servicepolicy.evaluator.service.EvaluationRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a request body into an {@link EvaluationRequest}: a JSON object
 * {@code {"events": [...], "customers": [...], "asOf": "..."}} or a bare array of events, or an
 * NDJSON event log. Each event goes through the same validation as the files (ingest), and every
 * problem is collected: a strict request with any invalid event is refused as a whole; a lenient
 * one evaluates the valid events and reports the others as rejected.
 */
final class EvaluationRequestParser {
    /** Duplicate keys are an error in the files; the tree parser must not silently keep the last one. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final int maxEvents;

    EvaluationRequestParser(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    /** Valid events ready to evaluate, and those refused (only in lenient mode). */
    record Parsed(EvaluationRequest request, List<InvalidItem> rejected) {
    }

    Parsed parseJson(byte[] body, Instant now, boolean explain, boolean lenient) {
        JsonNode root = readJson(body);
        JsonNode events;
        List<Customer> customers = List.of();
        Instant asOf = now;
        List<InvalidItem> errors = new ArrayList<>();
        if (root.isArray()) {
            events = root;
        } else if (root.isObject()) {
            events = root.get("events");
            if (events == null || events.isNull()) {
                errors.add(InvalidItem.ofField("events", "missing: the events to evaluate"));
            } else if (!events.isArray()) {
                errors.add(InvalidItem.ofField("events", "expected an array, got " + kind(events)));
            }
            customers = customers(root.get("customers"), errors);
            asOf = asOf(root.get("asOf"), now, errors);
        } else {
            throw new InvalidRequestException("the body must be a JSON object or an array of events",
                    List.of(new InvalidItem("", null, null, null, null, "expected an object or an array, got " + kind(root))));
        }
        if (events != null && events.isArray() && events.size() > maxEvents) {
            throw tooManyEvents(events.size());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("the request is malformed", errors);
        }
        Accounting accounting = new Accounting();
        for (int i = 0; i < events.size(); i++) {
            ParseResult result = EventParser.parse(events.get(i), i);
            if (result.isValid()) {
                accounting.accept(result.event());
            } else {
                for (FieldError e : result.errors()) {
                    accounting.rejections.add(InvalidItem.atIndex("events", i, result.eventId(), e.field(), e.reason()));
                }
                accounting.rejected++;
            }
        }
        return accounting.finish(events.size(), customers, asOf, explain, lenient);
    }

    /** One event per line; blank lines are skipped. NDJSON carries no customers; asOf comes from the query. */
    Parsed parseNdjson(byte[] body, Instant asOf, boolean explain, boolean lenient) {
        Accounting accounting = new Accounting();
        long read = 0;
        long line = 0;
        int start = 0;
        while (start < body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            line++;
            int len = end - start;
            if (len > 0 && body[end - 1] == '\r') {
                len--;
            }
            if (!isBlank(body, start, len)) {
                if (++read > maxEvents) {
                    throw tooManyEvents(read);
                }
                parseLine(body, start, len, line, accounting);
            }
            start = end + 1;
        }
        return accounting.finish(read, List.of(), asOf, explain, lenient);
    }

    private static void parseLine(byte[] body, int start, int len, long line, Accounting accounting) {
        ParseResult result;
        try {
            result = EventParser.parse(MAPPER.readTree(body, start, len), line);
        } catch (JacksonException e) {
            accounting.rejected++;
            accounting.rejections.add(InvalidItem.atLine(line, null, null, "not valid JSON: " + firstLine(e.getOriginalMessage())));
            return;
        }
        if (result.isValid()) {
            accounting.accept(result.event());
        } else {
            accounting.rejected++;
            for (FieldError e : result.errors()) {
                accounting.rejections.add(InvalidItem.atLine(line, result.eventId(), e.field(), e.reason()));
            }
        }
    }

    private RequestTooLargeException tooManyEvents(long count) {
        return new RequestTooLargeException("the request holds " + (count > maxEvents ? "more than " + maxEvents
                : count) + " events; the limit is " + maxEvents + " per request (evaluator.max-events-per-request)");
    }

    private static JsonNode readJson(byte[] body) {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new InvalidRequestException("the request body is empty",
                        List.of(new InvalidItem("", null, null, null, null, "empty body")));
            }
            return root;
        } catch (JacksonException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new InvalidRequestException("the request body is not valid JSON" + where,
                    List.of(new InvalidItem("", null, loc == null ? null : (long) loc.getLineNr(), null, null,
                            "not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()))));
        }
    }

    private static List<Customer> customers(JsonNode node, List<InvalidItem> errors) {
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

    private static boolean isBlank(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String kind(JsonNode n) {
        if (n.isObject()) return "an object";
        if (n.isArray()) return "an array";
        if (n.isString()) return "a string";
        if (n.isNumber()) return "a number";
        if (n.isBoolean()) return "a boolean";
        return "null";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Valid events in input order, duplicates (first wins) and rejections. */
    private static final class Accounting {
        private final List<Event> events = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final List<InvalidItem> rejections = new ArrayList<>();
        private long duplicates;
        private long rejected;

        void accept(Event event) {
            if (ids.add(event.getEventId())) {
                events.add(event);
            } else {
                duplicates++;
            }
        }

        Parsed finish(long read, List<Customer> customers, Instant asOf, boolean explain, boolean lenient) {
            if (!rejections.isEmpty() && !lenient) {
                throw new InvalidRequestException(rejected + " of " + read + " events are invalid; nothing was "
                        + "evaluated (send ?lenient=true to evaluate the valid ones)", rejections, rejected);
            }
            return new Parsed(new EvaluationRequest(events, customers, asOf, explain, read, duplicates, rejected),
                    List.copyOf(rejections));
        }
    }
}
