package com.servicepolicy.evaluator.service;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static com.servicepolicy.evaluator.api.ApiTestKeys.ADMIN;
import static com.servicepolicy.evaluator.api.ApiTestKeys.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Operations habits (issue #18, item 4): /actuator/info names the build and the commit; properties have metadata. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class OperationsInfoTest {
    @Autowired
    MockMvc mvc;

    @Test
    void infoShowsTheBuildAndTheCommitToAnAdmin() throws Exception {
        mvc.perform(get("/actuator/info").header(HEADER, ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value("service-policy-evaluator-app"))
                .andExpect(jsonPath("$.build.version").value("0.1.0-SNAPSHOT"))
                .andExpect(jsonPath("$.git.commit.id").isNotEmpty());
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
    }

    @Test
    void theEvaluatorsPropertiesHaveMetadataForIdes() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-boot-configuration-processor's output").isNotNull();
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metadata).contains("\"evaluator.batch.inbox\"", "\"evaluator.limits.group-size\"",
                    "\"evaluator.batch.progress-bar\"");
        }
    }
}
