package com.servicepolicy.evaluator.web;

import com.servicepolicy.evaluator.night.Finding;
import com.servicepolicy.evaluator.night.FindingSort;
import com.servicepolicy.evaluator.night.Findings;
import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.ViolationFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workspace's pages over the samples' night: the nights, the report with its top violations and actions, the
 * violations table (filters, sorting, a bad filter named, CSV), and a violation's page with its explanation, its
 * work forms and audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTest {
    private static final RequestPostProcessor ANN = user("ann").roles("auditor");
    private static final Path work = temporaryFolder();

    @Autowired
    MockMvc mvc;
    @Autowired
    com.servicepolicy.evaluator.batch.NightlyRunner runner;
    @Autowired
    Findings findings;

    private RunRecord run;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:web-pages-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        registry.add("evaluator.batch.out", () -> work.resolve("out").toString());
        registry.add("evaluator.batch.scheduled", () -> "false");
        registry.add("evaluator.report.min-responses", () -> "1");
    }

    private static Path temporaryFolder() {
        try {
            Path folder = java.nio.file.Files.createTempDirectory("web-pages");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    void night() throws Exception {
        run = runner.run(SampleNight.NIGHT, SampleNight.inbox(work.resolve("inbox")));
        assertThat(run.violations()).isPositive();
    }

    @Test
    void theNightsListLinksToTheReportWhichShowsTopViolationsWithTheirActions() throws Exception {
        String runs = page("/runs");
        assertThat(runs).contains(SampleNight.NIGHT.toString(), "/runs/" + run.runId());
        String report = page("/runs/" + run.runId());
        assertThat(report).contains("Top violations of the night", "REPLY_NOW", "/violations/",
                "/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "By code").doesNotContain("Nothing to show");
        mvc.perform(get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")).andExpect(status().isOk());
    }

    @Test
    void theTableFiltersSortsAndNamesABadFilter() throws Exception {
        String resp1 = page("/violations?code=RESP-001&sort=severity");
        assertThat(resp1).contains("data-label=\"code\">RESP-001<", "T-1001")
                .doesNotContain("data-label=\"code\">FAIR-001<");
        String bySeverity = page("/violations?sort=severity");
        assertThat(bySeverity.lastIndexOf("sev-CRITICAL\">CRITICAL")).isLessThan(bySeverity.indexOf("sev-MAJOR\">MAJOR"));
        assertThat(bySeverity.lastIndexOf("sev-MINOR\">MINOR")).isLessThan(bySeverity.indexOf("sev-INFO\">INFO"));
        assertThat(page("/violations?code=FAIR-001")).contains("data-label=\"code\">FAIR-001<").doesNotContain("T-1001");
        assertThat(page("/violations?severity=critical")).contains("severity: &#39;critical&#39; is not one of");
        assertThat(page("/violations?queue=nowhere")).contains("0 violations");
        assertThat(page("/violations?size=2")).contains("Page 1 of", "Next");
    }

    @Test
    void theCsvHoldsWhatTheFiltersSelect() throws Exception {
        var started = mvc.perform(get("/violations.csv?code=RESP-001").with(ANN)).andExpect(request().asyncStarted())
                .andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long resp1 = findings.search(new ViolationFilter("RESP-001", null, null, null, null, null, null, null, null,
                false), FindingSort.CODE, false, 0, 500).total();
        assertThat(csv.lines()).hasSize((int) resp1 + 1);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,code,name,policy,severity,subject");
        assertThat(csv.lines().skip(1)).allMatch(l -> l.contains(",RESP-001,"));
    }

    @Test
    void aViolationPageExplainsItAndRecordsTheWorkOnIt() throws Exception {
        Finding late = findings.search(new ViolationFilter("RESP-001", null, null, null, null, "cust-001", null, null,
                null, false), FindingSort.CODE, false, 0, 10).items().stream()
                .filter(f -> "T-1001".equals(f.violation().subject())).findFirst().orElseThrow();
        String before = page("/violations/" + late.id());
        assertThat(before).contains("T-1001", "REVIEW_STAFFING", "FIRST_RESPONSE", "Timeline", "Nobody has changed it yet",
                "Seen by the nights of");
        // every work form carries the CSRF token, or a browser's post would be refused
        assertThat(before.split("<form class=\"work\"", -1)).hasSize(4)
                .allSatisfy(part -> assertThat(part.startsWith("<!DOCTYPE") || part.contains("name=\"_csrf\"")).isTrue());

        mvc.perform(post("/violations/" + late.id() + "/acknowledge").with(ANN)).andExpect(status().isForbidden());
        mvc.perform(post("/violations/" + late.id() + "/acknowledge").with(ANN).with(csrf()))
                .andExpect(redirectedUrl("/violations/" + late.id()));
        mvc.perform(post("/violations/" + late.id() + "/resolve").with(ANN).with(csrf()).param("note", " "))
                .andExpect(redirectedUrl("/violations/" + late.id()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", org.hamcrest.Matchers.containsString("note: '' is required")));
        assertThat(findings.find(late.id()).orElseThrow().status())
                .isEqualTo(com.servicepolicy.evaluator.night.FindingStatus.ACKNOWLEDGED);
        mvc.perform(post("/violations/" + late.id() + "/resolve").with(ANN).with(csrf())
                .param("note", "staffing reviewed with the team lead")).andExpect(redirectedUrl("/violations/" + late.id()));

        String after = page("/violations/" + late.id());
        assertThat(after).contains("ACKNOWLEDGED", "RESOLVED", "staffing reviewed with the team lead", ">ann<", "Reopen");
        mvc.perform(get("/api/v1/violations/" + late.id() + "/audit").with(ANN))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[1].action")
                        .value("RESOLVED"));
    }

    @Test
    void anAuthorSeesTheNightsButNotTheViolations() throws Exception {
        mvc.perform(get("/runs").with(user("al").roles("author")).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        mvc.perform(get("/violations").with(user("al").roles("author")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(ANN).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
