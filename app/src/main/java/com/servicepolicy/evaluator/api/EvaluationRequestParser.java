package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.evaluation.HeldLog;
import com.servicepolicy.evaluator.evaluation.LogRequest;
import com.servicepolicy.evaluator.evaluation.ReadListener;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventSources;
import com.servicepolicy.evaluator.ingest.FieldError;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.EventSource;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.ingest.SourceOptions;
import com.servicepolicy.evaluator.ingest.SourceSummary;
import com.servicepolicy.evaluator.quality.DataQuality;
import com.servicepolicy.evaluator.quality.Findings;
import com.servicepolicy.evaluator.service.EvaluationRequest;
import com.servicepolicy.evaluator.service.EvaluationService;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a request body into an {@link EvaluationRequest}: a JSON object
 * {@code {"events": [...], "customers": [...], "asOf": "..."}} or a bare array of events, or an
 * NDJSON event log. The events and customers go through the reader every door uses (validation,
 * duplicates, accounting), and every problem is collected: a strict request with any invalid event
 * or customer is refused as a whole; a lenient one evaluates the valid events and lists the others.
 */
final class EvaluationRequestParser {
    /** Duplicate keys are an error in the files; the tree parser must not silently keep the last one. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final String EVENTS = "events";
    private static final String CUSTOMERS = "customers";

    private final EvaluationService service;
    private final int maxEvents;

    EvaluationRequestParser(EvaluationService service, int maxEvents) {
        this.service = service;
        this.maxEvents = maxEvents;
    }

    /** Valid events ready to evaluate, and those refused (only in lenient mode). */
    record Parsed(EvaluationRequest request, List<InvalidItem> rejected, Findings findings, List<SourceSummary> imported) {
    }

    Parsed parseJson(byte[] body, Instant now, boolean explain, boolean lenient) {
        JsonNode root = readJson(body);
        JsonNode events;
        JsonNode customers = null;
        Instant asOf = now;
        List<InvalidItem> errors = new ArrayList<>();
        if (root.isArray()) {
            events = root;
        } else if (root.isObject()) {
            events = root.get(EVENTS);
            if (events == null || events.isNull()) {
                errors.add(InvalidItem.ofField(EVENTS, "missing: the events to evaluate"));
            } else if (!events.isArray()) {
                errors.add(InvalidItem.ofField(EVENTS, "expected an array, got " + RequestFields.kind(events)));
            }
            customers = root.get(CUSTOMERS);
            if (customers != null && !customers.isNull() && !customers.isArray()) {
                errors.add(InvalidItem.ofField(CUSTOMERS, "expected an array, got " + RequestFields.kind(customers)));
            }
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
        boolean withCustomers = customers != null && customers.isArray();
        LogRequest request = new LogRequest(List.of(LogRequest.Events.array(events, EVENTS)),
                withCustomers ? LogRequest.Customers.array(customers, CUSTOMERS) : null);
        return read(request, asOf, explain, lenient, false);
    }

    /** One event per line; blank lines are skipped. NDJSON carries no customers; asOf comes from the query. */
    Parsed parseNdjson(byte[] body, Instant asOf, boolean explain, boolean lenient) {
        try {
            LogRequest request = new LogRequest(List.of(LogRequest.Events.stream(new ByteArrayInputStream(body),
                    EventSources.named("jsonl"), "body")), null);
            return read(request, asOf, explain, lenient, true);
        } catch (InputFileException e) {
            throw new IllegalStateException(e); // "jsonl" is always a known source
        }
    }

    /**
     * A helpdesk export read by the importer {@code source} names ({@code servicenow}, {@code nyc311,zone=UTC}, ...),
     * rows named by line; customers and asOf as for NDJSON.
     */
    Parsed parseSource(byte[] body, String source, Instant asOf, boolean explain, boolean lenient) {
        EventSource format;
        try {
            int comma = source.indexOf(',');
            SourceOptions options = comma < 0 ? SourceOptions.NONE : SourceOptions.parse(source.substring(comma + 1));
            String name = comma < 0 ? source : source.substring(0, comma);
            refuseServerFiles(name, options);
            format = EventSources.named(name).configured(options, null);
        } catch (InputFileException e) {
            throw new InvalidRequestException("the source parameter names no usable importer",
                    List.of(InvalidItem.ofField("source", e.getMessage())));
        }
        LogRequest request = new LogRequest(List.of(LogRequest.Events.stream(new ByteArrayInputStream(body), format, "body")), null);
        return read(request, asOf, explain, lenient, true, format.localTimeZone().stream().toList());
    }

    /**
     * A client names no file of the server: {@code mapping=PATH} would let any key with the role {@code evaluate}
     * probe the server's files and read their lines back in the YAML errors. The generic mapped importer is for
     * the command line and the inbox, where the mapping lies beside the data.
     */
    private static void refuseServerFiles(String name, SourceOptions options) {
        if (options.get("mapping") != null || "mapped".equalsIgnoreCase(name.trim())) {
            throw new InvalidRequestException("the source parameter names no usable importer",
                    List.of(InvalidItem.ofField("source", "the HTTP door reads no file of the server: the mapped "
                            + "importer and its mapping= option are for the command line and the nightly inbox")));
        }
    }

    private Parsed read(LogRequest request, Instant asOf, boolean explain, boolean lenient, boolean byLine) {
        return read(request, asOf, explain, lenient, byLine, List.of());
    }

    private Parsed read(LogRequest request, Instant asOf, boolean explain, boolean lenient, boolean byLine,
                        List<java.time.ZoneId> zones) {
        Problems problems = new Problems(byLine, new DataQuality(zones));
        HeldLog log;
        try {
            log = service.read(request, problems);
        } catch (InputFileException e) { // was a 500: the body as a whole is not what its source reads
            throw new InvalidRequestException("the request body cannot be read: " + e.getMessage(),
                    List.of(new InvalidItem("", null, null, null, null, e.getMessage())), e.readBefore().rejected());
        }
        if (log.stats().read() > maxEvents) {
            throw tooManyEvents(log.stats().read());
        }
        long rejected = log.stats().rejected();
        if (!problems.customers.isEmpty()) {
            throw new InvalidRequestException("the request is malformed", problems.customers, rejected);
        }
        if (!problems.events.isEmpty() && !lenient) {
            throw new InvalidRequestException(rejected + " of " + log.stats().read() + " events are invalid; nothing was "
                    + "evaluated (send ?lenient=true to evaluate the valid ones)", problems.events, rejected);
        }
        return new Parsed(EvaluationRequest.of(log, asOf, explain), List.copyOf(problems.events), problems.quality.finish(),
                List.copyOf(problems.imported));
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
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new InvalidRequestException("the request body is not valid JSON" + where,
                    List.of(new InvalidItem("", null, loc == null ? null : (long) loc.getLineNr(), null, null,
                            "not valid JSON" + where + ": " + message)));
        }
    }

    /** Each rejected record as items naming where it is: array index and JSON pointer, or NDJSON line. */
    private static final class Problems implements ReadListener {
        private final boolean byLine;
        private final List<InvalidItem> events = new ArrayList<>();
        private final List<InvalidItem> customers = new ArrayList<>();
        private final DataQuality quality;
        private final List<SourceSummary> imported = new ArrayList<>();

        Problems(boolean byLine, DataQuality quality) {
            this.byLine = byLine;
            this.quality = quality;
        }

        @Override
        public void accepted(com.servicepolicy.evaluator.event.Event event) {
            quality.accept(event);
        }

        @Override
        public void summary(SourceSummary summary) {
            imported.add(summary);
        }

        @Override
        public void rejected(Rejection r) {
            boolean customer = CUSTOMERS.equals(r.source());
            for (FieldError e : r.errors()) {
                (customer ? customers : events).add(byLine
                        ? InvalidItem.atLine(r.line(), r.eventId(), e.field(), e.reason())
                        : InvalidItem.atIndex(customer ? CUSTOMERS : EVENTS, (int) r.line(), r.eventId(), e.field(), e.reason()));
            }
        }

        @Override
        public void duplicate(Duplicate duplicate) {
            // counted in the summary; the first occurrence is evaluated
        }
    }
}
