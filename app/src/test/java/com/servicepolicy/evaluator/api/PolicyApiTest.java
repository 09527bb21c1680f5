package com.servicepolicy.evaluator.api;

import static com.servicepolicy.evaluator.api.ApiTestKeys.ADMIN;
import static com.servicepolicy.evaluator.api.ApiTestKeys.AUDITOR;
import static com.servicepolicy.evaluator.api.ApiTestKeys.AUTHOR;
import static com.servicepolicy.evaluator.api.ApiTestKeys.HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** The policies API, health, metrics and the API document. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class PolicyApiTest {
    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryRuleSetAndRuleFromTheMetadata() throws Exception {
        mvc.perform(get("/api/v1/policies").header(HEADER, AUDITOR))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Rules-Version"))
                .andExpect(jsonPath("$.ruleSets[*].policy", hasItem("responsiveness")))
                .andExpect(jsonPath("$.ruleSets[*].rules[*]", hasSize(13)))
                .andExpect(jsonPath("$.ruleSets[*].rules[*].code", hasItem("FAIR-003")));
    }

    @Test
    void showsOneRuleByCode() throws Exception {
        mvc.perform(get("/api/v1/policies/RESP-001").header(HEADER, AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("FIRST_RESPONSE_LATE"))
                .andExpect(jsonPath("$.policy").value("responsiveness"))
                .andExpect(jsonPath("$.sourceFile").value("responsiveness.drl"))
                .andExpect(jsonPath("$.actions[*].code", hasItem("REPLY_NOW")))
                .andExpect(jsonPath("$.actions[0].description", not("REPLY_NOW")));
    }

    @Test
    void anUnknownCodeIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/policies/NOPE-999").header(HEADER, AUDITOR))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("NOPE-999")));
    }

    @Test
    void validatingBrokenDrlReportsFileLineAndColumnWithoutServingIt() throws Exception {
        mvc.perform(post("/api/v1/policies/validate?fileName=custom.drl").header(HEADER, AUTHOR)
                        .contentType(MediaType.TEXT_PLAIN).content("""
                                package policies.custom;
                                import com.servicepolicy.evaluator.policy.Interaction;
                                rule "Broken"
                                when
                                    $i : Interaction( nosuchfield == 1 )
                                then
                                end
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[0].file").value("custom.drl"))
                .andExpect(jsonPath("$.problems[0].line").value(5));
    }

    @Test
    void validatingGoodDrlAsJsonListsTheCodesItWouldServe() throws Exception {
        String drl = ApiExamples.DRL.replace("\n", "\\n").replace("\"", "\\\"");
        mvc.perform(post("/api/v1/policies/validate").header(HEADER, AUTHOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fileName\": \"custom.drl\", \"drl\": \"" + drl + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.codes", hasItem("CUST-001")))
                .andExpect(jsonPath("$.codes", hasItem("RESP-001")));
        // validated, not served
        mvc.perform(get("/api/v1/policies/CUST-001").header(HEADER, AUTHOR)).andExpect(status().isNotFound());
    }

    /** Issue #15: this validation wrote a file, and the same trick stopped the service; now it runs in the sandbox. */
    @Test
    void validatingDrlThatWritesFilesAndKillsItsJvmChangesNothingHere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path target = dir.resolve("written-by-a-rule");
        mvc.perform(post("/api/v1/policies/validate?fileName=evil.drl").header(HEADER, AUTHOR)
                        .contentType(MediaType.TEXT_PLAIN).content("""
                                package policies.evil;
                                declare Foo
                                    x : String = String.valueOf(java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "x"))
                                    y : String = String.valueOf(java.lang.Runtime.getRuntime().exec(new String[] {"kill", "-9",
                                        String.valueOf(java.lang.ProcessHandle.current().pid())}).waitFor())
                                end
                                """.formatted(target)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false));
        org.assertj.core.api.Assertions.assertThat(target).doesNotExist();
        mvc.perform(get("/api/v1/policies/RESP-001").header(HEADER, AUTHOR)).andExpect(status().isOk());
    }

    /**
     * qa15: validate read any body whole into a String (30 MB was compiled and answered 200), so the role that may
     * only validate could exhaust the heap; it is now bound by evaluator.max-body-size like an evaluation.
     */
    @Test
    void aValidationBodyLargerThanTheBodyLimitIsA413() throws Exception {
        String huge = "// " + "x".repeat(10 * 1024 * 1024) + "\n";
        mvc.perform(post("/api/v1/policies/validate?fileName=huge.drl").header(HEADER, AUTHOR)
                        .contentType(MediaType.TEXT_PLAIN).content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail", containsString("evaluator.max-body-size")));
        mvc.perform(post("/api/v1/policies/validate").header(HEADER, AUTHOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fileName\": \"huge.drl\", \"drl\": \"" + huge.strip() + "\"}"))
                .andExpect(status().isContentTooLarge());
        mvc.perform(post("/api/v1/policies/validate").header(HEADER, AUTHOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"drl\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void validatingSettingsChecksThemAgainstTheServingRules() throws Exception {
        mvc.perform(post("/api/v1/policies/validate?fileName=settings.yaml").header(HEADER, AUTHOR)
                        .contentType(MediaType.TEXT_PLAIN).content("targets: nonsense\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[0].file").value("settings.yaml"));
    }

    @Test
    void reloadingAnUnchangedDirectoryKeepsTheVersion() throws Exception {
        mvc.perform(post("/api/v1/policies/reload").header(HEADER, AUTHOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("UNCHANGED"));
        mvc.perform(get("/api/v1/policies/status").header(HEADER, AUTHOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems", hasSize(0)))
                .andExpect(jsonPath("$.servingVersion").isNotEmpty());
    }

    @Test
    void healthIsOpenAndShowsTheRulesComponent() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.rules.status").value("UP"))
                .andExpect(jsonPath("$.components.rules.details").doesNotExist());
        mvc.perform(get("/actuator/health").header(HEADER, ADMIN))
                .andExpect(jsonPath("$.components.rules.details.servingVersion").isNotEmpty());
    }

    @Test
    void prometheusIsForAdminsAndHasTheEvaluationMeters() throws Exception {
        mvc.perform(post("/api/v1/evaluations").header(HEADER, ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(ApiTestKeys.LATE_REPLY)).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").header(HEADER, ApiTestKeys.EVALUATE)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header(HEADER, ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("evaluator_evaluation_latency_seconds_bucket")))
                .andExpect(content().string(containsString("evaluator_evaluations_total{outcome=\"ok\"")))
                .andExpect(content().string(containsString("evaluator_violations_total{code=\"RESP-001\"")))
                .andExpect(content().string(containsString("evaluator_events_rejected_total")));
    }

    @Test
    void theApiDocumentIsOpenAndDescribesTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/evaluations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/policies/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/evaluations'].post.requestBody.content['application/json'].examples")
                        .exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
