package com.servicepolicy.evaluator.api;

import static com.servicepolicy.evaluator.api.ApiTestKeys.EVALUATE;
import static com.servicepolicy.evaluator.api.ApiTestKeys.HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.servicepolicy.evaluator.engine.LoopingRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A rule that never stops firing is cut off by the evaluation limits: 422 naming it, and the service stays up. */
@SpringBootTest(properties = {"evaluator.limits.min-firings=1000", "evaluator.limits.max-firings-per-fact=20"})
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class RuleLoopApiTest {
    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void loopingRules(DynamicPropertyRegistry registry) throws IOException {
        Path dir = LoopingRules.writeTo(Files.createTempDirectory("looping-rules"));
        registry.add("evaluator.rules-dir", dir::toString);
    }

    @Test
    void aLoopingRuleIsA422NamingTheRuleAndTheServiceStaysHealthy() throws Exception {
        mvc.perform(post("/api/v1/evaluations").header(HEADER, EVALUATE).contentType(MediaType.APPLICATION_JSON)
                        .content(ApiTestKeys.LATE_REPLY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value(LoopingRules.RULE))
                .andExpect(jsonPath("$.detail", containsString(LoopingRules.RULE)));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        // a request that gives the rule nothing to match is answered as usual
        mvc.perform(post("/api/v1/evaluations").header(HEADER, EVALUATE).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"eventId": "r1", "type": "REVIEW_POSTED", "at": "2026-03-20T08:00:00Z",
                                  "customerId": "c1", "rating": 4}]"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.evaluated").value(1));
    }
}
