package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.store.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A completed night's report over HTTP: the HTML, and the CSV streamed with the same rows as the file. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportEndpointsTest {
    @TempDir
    static Path work;

    @Autowired
    MockMvc mvc;
    @Autowired
    NightlyRunner runner;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", Databases::freshH2Memory);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("evaluator.batch.out", () -> work.resolve("out").toString());
        registry.add("evaluator.batch.scheduled", () -> "false");
    }

    @Test
    @WithMockUser(roles = "auditor")
    void theCsvOfANightIsStreamedWithTheRowsOfItsFile() throws Exception {
        LocalDate night = LocalDate.of(2026, 3, 20);
        TestInbox.write(work.resolve("inbox"), night, 150, 1, 3);
        RunRecord run = runner.run(night, work.resolve("inbox"));
        assertThat(run.violations()).isPositive();

        MvcResult started = mvc.perform(get("/reports/" + run.runId() + "/violations.csv"))
                .andExpect(request().asyncStarted()).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo(Files.readString(work.resolve("out").resolve(night.toString())
                .resolve("violations.csv")));
        assertThat(csv.lines()).hasSize((int) run.violations() + 1);
        String html = mvc.perform(get("/reports/" + run.runId())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(night.toString());
    }
}
