package com.servicepolicy.evaluator.batch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may start nights, read violations and runs, and see reports. */
@SpringBootTest
@AutoConfigureMockMvc
class BatchEndpointsSecurityTest {
    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(roles = "auditor")
    void auditorReadsViolationsWithFiltersAndPaging() throws Exception {
        mvc.perform(get("/api/v1/violations").param("code", "RESP-001").param("page", "0").param("size", "10"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.size").value(10));
        mvc.perform(get("/api/v1/runs")).andExpect(status().isOk());
    }

    @Test
    @WithMockUser(roles = "auditor")
    void auditorCannotStartANight() throws Exception {
        mvc.perform(post("/api/v1/runs").param("date", "2026-03-20").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "evaluate")
    void evaluatorSeesNoViolationsNorReports() throws Exception {
        mvc.perform(get("/api/v1/violations")).andExpect(status().isForbidden());
        mvc.perform(get("/reports/1")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "admin")
    void reportOfAnUnknownRunIsNotFound() throws Exception {
        mvc.perform(get("/reports/999")).andExpect(status().isNotFound());
    }
}
