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

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
                errors.add(InvalidItem.ofField("events", "expected an array, got " + RequestFields.kind(events)));
            }
            customers = RequestFields.customers(root.get("customers"), errors);
            asOf = RequestFields.asOf(root.get("asOf"), now, errors);
        } else {
            throw new InvalidRequestException("the body must be a JSON object or an array of events",
                    List.of(new InvalidItem("", null, null, null, null, "expected an object or an array, got " + RequestFields.kind(root))));
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

    private static boolean isBlank(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
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
