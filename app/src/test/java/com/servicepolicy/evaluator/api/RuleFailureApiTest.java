package com.servicepolicy.evaluator.api;

import static com.servicepolicy.evaluator.api.ApiTestKeys.EVALUATE;
import static com.servicepolicy.evaluator.api.ApiTestKeys.HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

/**
 * A rule that throws is the rule set's fault: a 422 problem naming the rule, like a rule that loops (qa15: it was
 * Spring's bare 500 error page, with no problem document and no count in the metrics or the decision log).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class RuleFailureApiTest {
    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void throwingRule(DynamicPropertyRegistry registry) throws IOException {
        Path dir = LoopingRules.throwingRule(Files.createTempDirectory("throwing-rule"));
        registry.add("evaluator.rules-dir", dir::toString);
    }

    @Test
    void aRuleThatThrowsIsA422ProblemNamingTheRuleAndCounted() throws Exception {
        mvc.perform(post("/api/v1/evaluations").header(HEADER, EVALUATE).contentType(MediaType.APPLICATION_JSON)
                        .content(ApiTestKeys.LATE_REPLY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:service-policy-evaluator:problem:rule-failed"))
                .andExpect(jsonPath("$.rule").value(LoopingRules.THROWER))
                .andExpect(jsonPath("$.detail", containsString("a bug in the rule")));
        mvc.perform(get("/actuator/prometheus").header(HEADER, ApiTestKeys.ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("evaluator_evaluations_total{outcome=\"rule_failed\"")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
