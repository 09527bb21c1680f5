package com.servicepolicy.evaluator.api;

import static com.servicepolicy.evaluator.api.ApiTestKeys.ADMIN;
import static com.servicepolicy.evaluator.api.ApiTestKeys.EVALUATE;
import static com.servicepolicy.evaluator.api.ApiTestKeys.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.servicepolicy.evaluator.engine.LoopingRules;
import com.servicepolicy.evaluator.engine.RuleThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #15: a rule whose {@code then} sleeps 30 s held its request 30 s; health said UP while every
 * evaluation failed. Here a rule sleeps 30 s on one kind of interaction and ignores interrupts on another,
 * with a 1 s limit and two rule threads.
 */
@SpringBootTest(properties = {"evaluator.limits.max-time=1s", "evaluator.limits.max-request-time=1s",
        "evaluator.limits.rule-threads=2"})
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StuckRulesApiTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final Duration MARGIN = Duration.ofSeconds(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleThreads threads;

    @DynamicPropertySource
    static void stuckRules(DynamicPropertyRegistry registry) throws IOException {
        Path dir = LoopingRules.writeTo(Files.createTempDirectory("stuck-rules"), """
                package policies.stuck;
                import com.servicepolicy.evaluator.policy.Interaction;
                import com.servicepolicy.evaluator.event.Category;
                rule "Sleep on complaints"
                when
                    $i : Interaction(category == Category.COMPLAINT)
                then
                    Thread.sleep(30_000L);
                end
                rule "Hang on purchases"
                when
                    $i : Interaction(category == Category.PURCHASE)
                then
                    while (true) {
                        try { Thread.sleep(50); } catch (InterruptedException ignored) { }
                    }
                end
                """);
        registry.add("evaluator.rules-dir", dir::toString);
    }

    private static String opened(String category) {
        return """
                [{"eventId": "e1", "type": "OPENED", "at": "2026-03-20T08:00:00Z", "customerId": "c1",
                  "interactionId": "i1", "channel": "EMAIL", "category": "%s"}]""".formatted(category);
    }

    private long answerMillis(String body, int status) throws Exception {
        long started = System.nanoTime();
        mvc.perform(post("/api/v1/evaluations").header(HEADER, EVALUATE).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().is(status));
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    @Test
    @Order(1)
    void aThenThatSleeps30SecondsIsAnsweredWithinTheLimitAndHealthTurnsDownWhenEveryEvaluationStops() throws Exception {
        mvc.perform(post("/api/v1/evaluations").header(HEADER, EVALUATE).contentType(MediaType.APPLICATION_JSON)
                        .content(opened("COMPLAINT")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("Sleep on complaints"))
                .andExpect(jsonPath("$.detail", containsString("was stopped after running for")));
        assertThat(answerMillis(opened("COMPLAINT"), 422)).isLessThan(LIMIT.plus(MARGIN).toMillis());
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").value("UP"));
        answerMillis(opened("COMPLAINT"), 422);

        mvc.perform(get("/actuator/health").header(HEADER, ADMIN)).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"))
                .andExpect(jsonPath("$.components.rules.details.cannotEvaluate",
                        containsString("the last 3 evaluations with this rule set were all stopped")));

        answerMillis(opened("INQUIRY"), 200); // nothing for the rules to match: answered, so the set can evaluate
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        assertThat(threads.stuck()).isZero();
    }

    @Test
    @Order(2)
    void threadsStuckInARuleThatIgnoresInterruptsAreCountedAndThenNewWorkIsRefusedWith503() throws Exception {
        for (int i = 1; i <= 2; i++) {
            assertThat(answerMillis(opened("PURCHASE"), 422)).isLessThan(LIMIT.plus(MARGIN).toMillis());
            assertThat(threads.stuck()).isEqualTo(i);
        }
        mvc.perform(post("/api/v1/evaluations").header(HEADER, EVALUATE).contentType(MediaType.APPLICATION_JSON)
                        .content(opened("INQUIRY")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("urn:service-policy-evaluator:problem:rules-busy"))
                .andExpect(jsonPath("$.stuckRuleThreads").value(2));
        mvc.perform(get("/actuator/health").header(HEADER, ADMIN)).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.components.rules.details.stuckRuleThreads").value(2))
                .andExpect(jsonPath("$.components.rules.details.threadsExhausted", containsString("restart")));
        mvc.perform(get("/actuator/prometheus").header(HEADER, ADMIN)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("evaluator_rules_threads_stuck 2.0")));
    }
}
