package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.night.ViolationStore;
import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static com.servicepolicy.evaluator.api.ApiTestKeys.AUDITOR;
import static com.servicepolicy.evaluator.api.ApiTestKeys.HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * qa15: the texts people write on a violation are kept by every store as written. An assignee with U+0000 was a 500
 * on PostgreSQL (H2 took it), a note with an unpaired surrogate reached the audit trail as U+FFFD, and the optional
 * note of an acknowledgement or assignment had no length limit (4,000 characters for the others).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class FindingsWorkTextTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ViolationStore violations;

    @Test
    void aTextNoStoreKeepsAsWrittenIsA400NamingItsFieldAndChangesNothing() throws Exception {
        long id = recordOne();
        mvc.perform(post("/api/v1/violations/" + id + "/assign").header(HEADER, AUDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\": \"bob\\u0000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("assignee"))
                .andExpect(jsonPath("$.detail", containsString("U+0000")));
        mvc.perform(post("/api/v1/violations/" + id + "/acknowledge").header(HEADER, AUDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"" + "n".repeat(4001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("note"))
                .andExpect(jsonPath("$.detail", containsString("longer than 4000 characters")));
        mvc.perform(post("/api/v1/violations/" + id + "/resolve").header(HEADER, AUDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"fixed \\ud800 it\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("note"))
                .andExpect(jsonPath("$.detail", containsString("unpaired UTF-16 surrogate")));
        mvc.perform(get("/api/v1/violations/" + id + "/audit").header(HEADER, AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        // what any store keeps is taken as before
        mvc.perform(post("/api/v1/violations/" + id + "/assign").header(HEADER, AUDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\": \"Zoë 😀\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("Zoë 😀"));
    }

    private long recordOne() throws Exception {
        violations.recordSeen(LocalDate.of(2026, 3, 21), List.of(new SeenViolation(new Violation("RESP-001",
                "FIRST_RESPONSE_LATE", "responsiveness", Severity.MAJOR, "T-qa15", "c-qa15", "T-qa15", null, 3.0, 1.0, "h",
                "late", List.of(new RecommendedAction("REPLY_NOW", "")), "rule", "default"), "a-1", "CHAT/URGENT")));
        String page = mvc.perform(get("/api/v1/violations?customer=c-qa15").header(HEADER, AUDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(page).path("items").get(0).path("id").asLong();
    }
}
