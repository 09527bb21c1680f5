package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.night.RunStore;
import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.night.ViolationStore;
import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;

import static com.servicepolicy.evaluator.api.ApiTestKeys.ADMIN;
import static com.servicepolicy.evaluator.api.ApiTestKeys.AUDITOR;
import static com.servicepolicy.evaluator.api.ApiTestKeys.EVALUATE;
import static com.servicepolicy.evaluator.api.ApiTestKeys.HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API explains itself: the OpenAPI document names the product, its version, the security schemes, tags and each
 * operation's problem responses; every error is the same problem document; a bad filter value is a 400 naming it;
 * times are ISO-8601; actions carry their description.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class ApiExplainsItselfTest {
    private static final String ISO_INSTANT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";

    @Autowired
    MockMvc mvc;
    @Autowired
    RunStore runs;
    @Autowired
    ViolationStore violations;

    @Test
    void theDocumentNamesTheProductVersionSecurityTagsAndProblemResponses() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Service Policy Evaluator"))
                .andExpect(jsonPath("$.info.version").value("0.1.0-SNAPSHOT"))
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.name").value("X-API-Key"))
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.in").value("header"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.session.in").value("cookie"))
                .andExpect(jsonPath("$.tags[*].name", hasItems("evaluations", "policies", "nights", "violations")))
                .andExpect(jsonPath("$.paths['/api/v1/violations'].get.tags[0]").value("violations"))
                .andExpect(jsonPath("$.paths['/api/v1/runs'].get.tags[0]").value("nights"))
                .andExpect(jsonPath("$.paths['/api/v1/violations'].get.responses['400'].content['application/problem+json'].schema['$ref']")
                        .value("#/components/schemas/Problem"))
                .andExpect(jsonPath("$.paths['/api/v1/evaluations'].post.responses['413'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/violations/{id}/resolve'].post.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/runs/{date}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/runs']").doesNotExist());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bad severity, 400, severity",
        "size above the limit, 400, size",
        "runs limit above the limit, 400, limit",
        "unknown code, 400, code",
        "unknown violation, 404, ",
        "no credential, 401, ",
        "wrong role, 403, ",
        "wrong media type, 415, ",
        "bad parameter type, 400, ",
    })
    void everyErrorIsTheSameProblemDocument(String call, int status, String parameter) throws Exception {
        var result = mvc.perform(request(call)).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", startsWith("urn:service-policy-evaluator:problem:")))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.properties").doesNotExist());
        if (parameter != null) {
            result.andExpect(jsonPath("$.parameter").value(parameter))
                    .andExpect(jsonPath("$.detail", startsWith(parameter + ": ")));
        }
    }

    private static MockHttpServletRequestBuilder request(String call) {
        return switch (call) {
            case "bad severity" -> get("/api/v1/violations?severity=critical").header(HEADER, AUDITOR);
            case "size above the limit" -> get("/api/v1/violations?size=501").header(HEADER, AUDITOR);
            case "runs limit above the limit" -> get("/api/v1/runs?limit=5000").header(HEADER, AUDITOR);
            case "unknown code" -> get("/api/v1/violations?code=RESP-999").header(HEADER, AUDITOR);
            case "unknown violation" -> get("/api/v1/violations/987654").header(HEADER, AUDITOR);
            case "no credential" -> get("/api/v1/violations");
            case "wrong role" -> get("/api/v1/violations").header(HEADER, EVALUATE);
            case "wrong media type" -> post("/api/v1/evaluations").header(HEADER, EVALUATE)
                    .contentType(MediaType.APPLICATION_XML).content("<events/>");
            case "bad parameter type" -> get("/api/v1/runs?limit=many").header(HEADER, AUDITOR);
            default -> throw new IllegalArgumentException(call);
        };
    }

    @Test
    void runsGiveIsoTimesAndViolationsGiveActionsWithTheirDescription() throws Exception {
        LocalDate night = LocalDate.of(2026, 3, 20);
        runs.beginAttempt(night, 1, 1_774_051_199_999L, 1_774_051_300_000L);
        violations.recordSeen(night, List.of(new SeenViolation(new Violation("RESP-001", "FIRST_RESPONSE_LATE",
                "responsiveness", Severity.MAJOR, "T-9", "c-9", "T-9", null, 3.0, 1.0, "h", "late",
                List.of(new RecommendedAction("REPLY_NOW", "ignored: the settings say")), "rule", "default"), "a-9",
                "CHAT/URGENT")));

        mvc.perform(get("/api/v1/runs").header(HEADER, ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].asOf").value("2026-03-20T23:59:59.999Z"))
                .andExpect(jsonPath("$[0].started", matchesPattern(ISO_INSTANT)))
                .andExpect(jsonPath("$[0].asOfMillis").doesNotExist());
        mvc.perform(get("/api/v1/violations?queue=CHAT/URGENT&status=OPEN").header(HEADER, AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].subject").value("T-9"))
                .andExpect(jsonPath("$.items[0].actions[0].code").value("REPLY_NOW"))
                .andExpect(jsonPath("$.items[0].actions[0].description", containsString("Reply to the customer")))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"));
    }
}
