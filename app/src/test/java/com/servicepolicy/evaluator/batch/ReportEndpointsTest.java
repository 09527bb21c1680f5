package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A completed night's report over HTTP: the HTML, and the CSV streamed with the same rows as the file; once the
 * night's list of violations is pruned, the same HTML with a note, and 410 for the CSV.
 */
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
        RunRecord run = runNight(night, 150, 3);
        assertThat(run.violations()).isPositive();

        MvcResult started = mvc.perform(get("/reports/" + run.runId() + "/violations.csv"))
                .andExpect(request().asyncStarted()).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo(Files.readString(work.resolve("out").resolve(night.toString())
                .resolve("violations.csv")));
        assertThat(csv.lines()).hasSize((int) run.violations() + 1);
        assertThat(html(run)).contains(night.toString());
    }

    @Test
    @WithMockUser(roles = "auditor")
    void aNightWhoseListWasPrunedKeepsItsReportAndAnswersItsCsvWithGone() throws Exception {
        LocalDate night = LocalDate.of(2025, 6, 1);
        RunRecord run = runNight(night, 150, 4);
        String before = html(run);
        // run detail is kept 90 days by default
        assertThat(runNight(night.plusDays(91), 20, 5).status()).isEqualTo("COMPLETED");

        mvc.perform(get("/reports/" + run.runId() + "/violations.csv")).andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Run detail pruned"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(night.toString())));
        mvc.perform(get("/reports/" + run.runId() + "/violations.csv").accept("text/csv"))
                .andExpect(status().isGone());
        String after = html(run);
        assertThat(before).contains("CSV export: violations.csv.", "id=\"top-violations\"");
        // the night's list is gone, and with it its top violations; everything else is the same page
        String beforeWithoutTop = before.replaceAll("(?s)<section id=\"top-violations\">.*?</section>", "");
        assertThat(after).doesNotContain("top-violations");
        assertThat(after).isNotEqualTo(beforeWithoutTop).isEqualTo(beforeWithoutTop.replace("CSV export: violations.csv.",
                "The list of this night's violations is no longer stored (kept for"
                        + " evaluator.batch.run-detail-retention); the violations.csv written beside this report that"
                        + " night holds it."));
    }

    private RunRecord runNight(LocalDate night, int interactions, int seed) throws Exception {
        TestInbox.write(work.resolve("inbox"), night, interactions, 1, seed);
        return runner.run(night, work.resolve("inbox"));
    }

    private String html(RunRecord run) throws Exception {
        return mvc.perform(get("/reports/" + run.runId())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
