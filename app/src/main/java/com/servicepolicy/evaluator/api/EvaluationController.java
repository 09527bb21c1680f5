package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.ingest.Times;
import com.servicepolicy.evaluator.service.Evaluation;
import com.servicepolicy.evaluator.service.EvaluationMetrics;
import com.servicepolicy.evaluator.service.EvaluationService;
import com.servicepolicy.evaluator.service.ServiceSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * {@code POST /api/v1/evaluations}: does this batch of events break our service policies? The body
 * is read here (bounded) rather than bound by Spring so that every bad event can be named.
 */
@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "evaluations", description = "Evaluate interactions against the serving policies")
class EvaluationController {
    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final String RULES_VERSION_HEADER = "X-Rules-Version";

    private final EvaluationService service;
    private final EvaluationMetrics metrics;
    private final ServiceSettings settings;
    private final EvaluationRequestParser parser;
    private final Clock clock;

    EvaluationController(EvaluationService service, EvaluationMetrics metrics, ServiceSettings settings, Clock clock) {
        this.service = service;
        this.metrics = metrics;
        this.settings = settings;
        this.parser = new EvaluationRequestParser(service, settings.maxEventsPerRequest());
        this.clock = clock;
    }

    @Operation(summary = "Evaluate events: JSON request or NDJSON event log",
            description = "JSON body: {\"events\": [...], \"customers\": [...], \"asOf\": \"...\"} or a bare array of "
                    + "events. NDJSON body: one event per line, asOf from the query. asOf defaults to the request time. "
                    + "Any invalid event makes the request a 400 naming each one, unless lenient=true.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            examples = @ExampleObject(name = "one interaction", value = ApiExamples.EVALUATION_REQUEST)),
                    @Content(mediaType = NDJSON,
                            examples = @ExampleObject(name = "event log", value = ApiExamples.EVENT_LOG))}))
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON, CSV}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvaluationResponse> evaluate(
            HttpServletRequest request,
            @Parameter(description = "ISO-8601 time with offset; for JSON the body's asOf wins; default: the request time")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "add, per violation, the rule and matched facts, and per interaction its clocks")
            @RequestParam(defaultValue = "false") boolean explain,
            @Parameter(description = "evaluate the valid events and list the invalid ones under 'rejected' instead of answering 400")
            @RequestParam(defaultValue = "false") boolean lenient,
            @Parameter(description = "read the body as this helpdesk export (servicenow, nyc311, twcs, zendesk, with options as "
                    + "servicenow,zone=UTC; docs/importers) instead of the event log; asOf from the query")
            @RequestParam(required = false) String source) throws IOException {
        boolean ndjson = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.parseMediaType(NDJSON));
        var at = asOf == null || asOf.isEmpty() ? clock.instant() : parseAsOf(asOf);
        byte[] body = BoundedBody.read(request, settings.maxBodyBytes());
        return answer(parse(() -> source != null ? parser.parseSource(body, source, at, explain, lenient)
                : ndjson ? parser.parseNdjson(body, at, explain, lenient)
                : parser.parseJson(body, at, explain, lenient)));
    }

    private EvaluationRequestParser.Parsed parse(java.util.function.Supplier<EvaluationRequestParser.Parsed> parsing) {
        try {
            EvaluationRequestParser.Parsed parsed = parsing.get();
            metrics.rejected(parsed.request().rejected());
            return parsed;
        } catch (InvalidRequestException e) {
            metrics.rejected(e.invalidEvents());
            throw e;
        }
    }

    private ResponseEntity<EvaluationResponse> answer(EvaluationRequestParser.Parsed parsed) {
        Evaluation evaluation = service.evaluate(parsed.request());
        EvaluationResult r = evaluation.result();
        var summary = new EvaluationResponse.Summary(parsed.request().read(), parsed.request().evaluated(),
                parsed.request().duplicates(), parsed.request().rejected(), r.stats().afterAsOf(),
                r.stats().interactions(), r.violations().size(), r.asOf().toString(), r.rulesVersion(),
                r.stats().millis(), parsed.findings().counts(), parsed.imported());
        Object explanation = parsed.request().explain() ? ExplanationRenderer.render(r, parsed.request().explainedEvents(), evaluation.ruleSet()) : null;
        var body = new EvaluationResponse(evaluation.id().toString(), r.violations(), summary,
                parsed.rejected(), r.rulesVersion(), explanation, parsed.findings().listed().stream().limit(100).toList());
        return ResponseEntity.ok().header(RULES_VERSION_HEADER, r.rulesVersion()).body(body);
    }

    private static java.time.Instant parseAsOf(String asOf) {
        try {
            return Times.parseInstant(asOf);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("the asOf parameter is not a time with offset",
                    List.of(new InvalidItem(null, null, null, null, "asOf", e.getMessage())));
        }
    }
}
