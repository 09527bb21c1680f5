package com.servicepolicy.evaluator.security;

import static com.servicepolicy.evaluator.api.ApiTestKeys.ADMIN;
import static com.servicepolicy.evaluator.api.ApiTestKeys.AUDITOR;
import static com.servicepolicy.evaluator.api.ApiTestKeys.AUTHOR;
import static com.servicepolicy.evaluator.api.ApiTestKeys.EVALUATE;
import static com.servicepolicy.evaluator.api.ApiTestKeys.HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.servicepolicy.evaluator.api.ApiTestKeys;
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

import java.util.Map;

/** Who may call what: 401 without or with a wrong credential, 403 with the wrong role. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class ApiSecurityTest {
    private static final Map<String, String> KEYS = Map.of("admin", ADMIN, "evaluate", EVALUATE, "author", AUTHOR,
            "auditor", AUDITOR);

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder request(String call) {
        return switch (call) {
            case "evaluate" -> post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
                    .content(ApiTestKeys.LATE_REPLY);
            case "list" -> get("/api/v1/policies");
            case "rule" -> get("/api/v1/policies/RESP-001");
            case "status" -> get("/api/v1/policies/status");
            case "validate" -> post("/api/v1/policies/validate").contentType(MediaType.TEXT_PLAIN)
                    .content("package x; rule \"r\" when then end");
            case "reload" -> post("/api/v1/policies/reload");
            case "prometheus" -> get("/actuator/prometheus");
            default -> throw new IllegalArgumentException(call);
        };
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource({
            "evaluate, evaluate, 200", "evaluate, author, 403", "evaluate, auditor, 403", "evaluate, admin, 200",
            "list, evaluate, 200", "list, author, 200", "list, auditor, 200", "list, admin, 200",
            "rule, auditor, 200",
            "status, author, 200", "status, evaluate, 403", "status, auditor, 403", "status, admin, 200",
            "validate, author, 200", "validate, evaluate, 403", "validate, auditor, 403", "validate, admin, 200",
            "reload, author, 200", "reload, evaluate, 403", "reload, auditor, 403",
            "prometheus, admin, 200", "prometheus, author, 403",
    })
    void rolesDecide(String call, String role, int expected) throws Exception {
        mvc.perform(request(call).header(HEADER, KEYS.get(role))).andExpect(status().is(expected));
    }

    @ParameterizedTest
    @CsvSource({"evaluate", "list", "rule", "status", "validate", "reload", "prometheus"})
    void withoutCredentialsEveryCallButHealthIs401Problem(String call) throws Exception {
        mvc.perform(request(call))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.detail", containsString("X-API-Key")));
    }

    @Test
    void anUnknownKeyIs401EvenOnAnOpenEndpointItWasSentTo() throws Exception {
        mvc.perform(request("list").header(HEADER, "not-a-configured-key-at-all"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("not valid")));
    }

    @Test
    void aBearerTokenWorksLikeAnApiKey() throws Exception {
        mvc.perform(request("list").header("Authorization", "Bearer " + AUDITOR)).andExpect(status().isOk());
    }

    @Test
    void theWrongRoleIsA403Problem() throws Exception {
        mvc.perform(request("evaluate").header(HEADER, AUDITOR))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void healthAndTheApiDocumentAreOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void unmappedPathsAreNotOpen() throws Exception {
        mvc.perform(get("/somewhere")).andExpect(status().isUnauthorized());
    }
}
