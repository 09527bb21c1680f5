package com.servicepolicy.evaluator.api;

import static com.servicepolicy.evaluator.api.ApiTestKeys.EVALUATE;
import static com.servicepolicy.evaluator.api.ApiTestKeys.HEADER;
import static com.servicepolicy.evaluator.api.ApiTestKeys.LATE_REPLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/v1/evaluations: answers, accounting, and every refusal as a problem document. */
@SpringBootTest(properties = {"evaluator.max-events-per-request=5", "evaluator.max-body-size=4KB"})
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class EvaluationApiTest {
    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder evaluate(String body) {
        return post("/api/v1/evaluations").header(HEADER, EVALUATE).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aLateFirstResponseIsAViolationAndTheAnswerCarriesTheRulesVersion() throws Exception {
        var result = mvc.perform(evaluate(LATE_REPLY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].code").value("RESP-001"))
                .andExpect(jsonPath("$.violations[0].subject").value("i1"))
                .andExpect(jsonPath("$.violations[0].severity").value("MAJOR"))
                .andExpect(jsonPath("$.summary.read").value(3))
                .andExpect(jsonPath("$.summary.evaluated").value(3))
                .andExpect(jsonPath("$.summary.duplicates").value(0))
                .andExpect(jsonPath("$.summary.rejected").value(0))
                .andExpect(jsonPath("$.summary.violations").value(1))
                .andExpect(jsonPath("$.summary.asOf").value("2026-03-21T10:00:00Z"))
                .andExpect(jsonPath("$.rejected", hasSize(0)))
                .andExpect(jsonPath("$.explanation").doesNotExist())
                .andReturn();
        String version = result.getResponse().getHeader("X-Rules-Version");
        assertThat(version).isNotBlank();
        assertThat(result.getResponse().getContentAsString()).contains("\"rulesVersion\":\"" + version + "\"");
    }

    @Test
    void aBareArrayOfEventsIsEvaluatedAtRequestTime() throws Exception {
        mvc.perform(evaluate("""
                [{"eventId": "e1", "type": "OPENED", "at": "2020-01-01T00:00:00Z", "customerId": "c1",
                  "interactionId": "i1", "priority": "URGENT"}]"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.violations[0].code").value("RESP-001"))
                .andExpect(jsonPath("$.violations[0].actions[0].code").value("REPLY_NOW"));
    }

    @Test
    void duplicateEventIdsAreCountedNotRefusedAndTheFirstWins() throws Exception {
        mvc.perform(evaluate("""
                {"events": [
                  {"eventId": "e1", "type": "OPENED", "at": "2026-03-20T08:00:00Z", "customerId": "c1", "interactionId": "i1", "priority": "HIGH"},
                  {"eventId": "e1", "type": "OPENED", "at": "2026-03-20T08:00:00Z", "customerId": "c1", "interactionId": "i1", "priority": "LOW"}
                ], "asOf": "2026-03-20T13:00:00Z"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.read").value(2))
                .andExpect(jsonPath("$.summary.evaluated").value(1))
                .andExpect(jsonPath("$.summary.duplicates").value(1))
                // HIGH (the first) has T1 = 4 h, passed at 13:00; LOW would not be late
                .andExpect(jsonPath("$.violations[0].code").value("RESP-001"));
    }

    @Test
    void malformedJsonIsA400ProblemSayingWhere() throws Exception {
        mvc.perform(evaluate("{\"events\": [ {\"eventId\": \"e1\", }"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value("urn:service-policy-evaluator:problem:invalid-request"))
                .andExpect(jsonPath("$.detail", containsString("not valid JSON at line 1")));
    }

    @Test
    void wrongTypesAreA400NamingTheField() throws Exception {
        mvc.perform(evaluate("{\"events\": {\"eventId\": 1}, \"asOf\": 42}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("events"))
                .andExpect(jsonPath("$.errors[0].reason").value("expected an array, got an object"))
                .andExpect(jsonPath("$.errors[1].field").value("asOf"));
    }

    @Test
    void invalidEventsAreA400NamingEachEventAndField() throws Exception {
        mvc.perform(evaluate("""
                {"events": [
                  {"eventId": "e1", "type": "OPENED", "at": "2026-03-20T08:00:00Z", "customerId": "c1", "interactionId": "i1"},
                  {"eventId": "e2", "type": "AGENT_REPLY", "at": "2026-03-20T09:00:00", "customerId": "c1", "interactionId": "i1"},
                  {"eventId": "e3", "type": "SHOUTED", "at": "2026-03-20T09:00:00Z", "customerId": "c1", "interactionId": "i1"},
                  {"eventId": "e4", "type": "REVIEW_POSTED", "at": "2026-03-20T09:00:00Z", "customerId": "c1", "rating": "5"}
                ]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("3 of 4 events are invalid")))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].eventId").value("e2"))
                .andExpect(jsonPath("$.errors[0].field").value("at"))
                .andExpect(jsonPath("$.errors[0].pointer").value("/events/1/at"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("without offset")))
                .andExpect(jsonPath("$.errors[1].eventId").value("e3"))
                .andExpect(jsonPath("$.errors[1].field").value("type"))
                .andExpect(jsonPath("$.errors[2].eventId").value("e4"))
                .andExpect(jsonPath("$.errors[2].field").value("rating"));
    }

    @Test
    void aLenientRequestEvaluatesTheValidEventsAndListsTheRejected() throws Exception {
        mvc.perform(post("/api/v1/evaluations?lenient=true").header(HEADER, EVALUATE)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                {"events": [
                  {"eventId": "e1", "type": "OPENED", "at": "2026-03-20T08:00:00Z", "customerId": "c1", "interactionId": "i1"},
                  {"eventId": "e2", "type": "AGENT_REPLY", "customerId": "c1", "interactionId": "i1"}
                ], "asOf": "2026-03-20T09:00:00Z"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.read").value(2))
                .andExpect(jsonPath("$.summary.evaluated").value(1))
                .andExpect(jsonPath("$.summary.rejected").value(1))
                .andExpect(jsonPath("$.rejected[0].eventId").value("e2"))
                .andExpect(jsonPath("$.rejected[0].field").value("at"));
    }

    @Test
    void anNdjsonEventLogIsEvaluatedAndItsBadLinesNamedByLine() throws Exception {
        String log = """
                {"eventId":"e1","type":"OPENED","at":"2026-03-20T08:00:00Z","customerId":"c1","interactionId":"i1","priority":"HIGH"}

                {"eventId":"e2","type":"AGENT_REPLY","at":"2026-03-20T14:00:00Z","customerId":"c1","interactionId":"i1"}
                """;
        mvc.perform(post("/api/v1/evaluations?asOf=2026-03-20T15:00:00Z").header(HEADER, EVALUATE)
                        .contentType("application/x-ndjson").content(log))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.read").value(2))
                .andExpect(jsonPath("$.violations[0].code").value("RESP-001"));
        mvc.perform(post("/api/v1/evaluations").header(HEADER, EVALUATE)
                        .contentType("application/x-ndjson").content(log + "not json\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].reason", containsString("not valid JSON")));
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String big = "{\"events\": [], \"padding\": \"" + "x".repeat(5000) + "\"}";
        mvc.perform(evaluate(big))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail", containsString("4096 bytes")));
    }

    @Test
    void moreEventsThanTheLimitIs413WithTheLimit() throws Exception {
        String event = "{\"eventId\": \"e%d\", \"type\": \"OPENED\", \"at\": \"2026-03-20T08:00:00Z\", \"customerId\": \"c\", \"interactionId\": \"i%d\"}";
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            events.append(i == 0 ? "" : ",").append(event.formatted(i, i));
        }
        mvc.perform(evaluate("{\"events\": [" + events + "]}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail", containsString("the limit is 5 per request")));
    }

    @Test
    void explainShowsTheRuleTheMatchedFactsAndTheClocksButNoProtectedAttribute() throws Exception {
        var result = mvc.perform(post("/api/v1/evaluations?explain=true").header(HEADER, EVALUATE)
                        .contentType(MediaType.APPLICATION_JSON).content(LATE_REPLY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explanation.violations[0].code").value("RESP-001"))
                .andExpect(jsonPath("$.explanation.violations[0].rule.name").value("Flag a late first response"))
                .andExpect(jsonPath("$.explanation.violations[0].rule.sourceFile").value("responsiveness.drl"))
                .andExpect(jsonPath("$.explanation.violations[0].matchedFacts[0].fact").value("Clock"))
                .andExpect(jsonPath("$.explanation.violations[0].matchedFacts[0].kind").value("FIRST_RESPONSE"))
                .andExpect(jsonPath("$.explanation.interactions[0].interactionId").value("i1"))
                .andExpect(jsonPath("$.explanation.interactions[0].clocks[?(@.kind == 'FIRST_RESPONSE')].elapsedMillis").value(6 * 3_600_000))
                .andExpect(jsonPath("$.explanation.interactions[0].clocks[?(@.kind == 'FIRST_RESPONSE')].targetMillis").value(4 * 3_600_000))
                .andExpect(jsonPath("$.explanation.interactions[0].clocks[?(@.kind == 'FIRST_RESPONSE')].late").value(true))
                .andExpect(jsonPath("$.explanation.interactions[0].clocks[?(@.kind == 'RESOLUTION')].late").value(false))
                .andExpect(jsonPath("$.explanation.interactions[0].fired[0].code").value("RESP-001"))
                .andExpect(jsonPath("$.explanation.interactions[0].notFired[?(@.code == 'RESP-003')].reason").exists())
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("disability").doesNotContain("\"yes\"");
    }

    @Test
    void theDocumentedExampleIsAnswered() throws Exception {
        mvc.perform(evaluate(ApiExamples.EVALUATION_REQUEST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.violations[0].code").value("RESP-001"))
                .andExpect(jsonPath("$.violations[0].subject").value("T-1001"));
    }

    @Test
    void anInvalidAsOfParameterIsA400() throws Exception {
        mvc.perform(post("/api/v1/evaluations?asOf=2026-03-20T15:00:00").header(HEADER, EVALUATE)
                        .contentType("application/x-ndjson").content(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void anUnsupportedMediaTypeIsAProblemToo() throws Exception {
        mvc.perform(post("/api/v1/evaluations").header(HEADER, EVALUATE).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Content-Type", containsString("problem+json")));
    }
}
