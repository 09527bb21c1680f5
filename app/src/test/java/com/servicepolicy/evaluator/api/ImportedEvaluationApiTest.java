package com.servicepolicy.evaluator.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.servicepolicy.evaluator.api.ApiTestKeys.EVALUATE;
import static com.servicepolicy.evaluator.api.ApiTestKeys.HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/evaluations?source=...: a helpdesk export evaluated through its importer, with findings in the summary. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class ImportedEvaluationApiTest {
    private static final String INCIDENTS = """
            number,incident_state,sys_mod_count,made_sla,caller_id,opened_at,sys_updated_by,sys_updated_at,contact_type,priority,assignment_group
            INC1,New,0,TRUE,Caller 1,29-02-2016 01:00,u,29-02-2016 01:05,Phone,1 - Critical,G1
            INC1,Active,1,TRUE,Caller 1,29-02-2016 01:00,u,29-02-2016 03:00,Phone,1 - Critical,G1
            INC1,Resolved,2,TRUE,Caller 1,29-02-2016 01:00,u,29-02-2016 04:00,Phone,1 - Critical,G1
            INC2,Active,1,TRUE,Caller 2,29-02-2016 06:00,u,29-02-2016 05:00,Phone,3 - Moderate,G1
            INC3,Pondering,1,TRUE,Caller 3,29-02-2016 06:00,u,29-02-2016 07:00,Phone,3 - Moderate,G1
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void aServiceNowExportIsReadByItsImporterWithRowsFindingsAndRejectsAccountedFor() throws Exception {
        mvc.perform(post("/api/v1/evaluations?source=servicenow&lenient=true&asOf=2016-03-01T00:00:00Z")
                        .header(HEADER, EVALUATE).contentType("text/csv").content(INCIDENTS))
                .andExpect(status().isOk())
                // INC1: URGENT, first response after 2h (target 1h)
                .andExpect(jsonPath("$.violations[0].code").value("RESP-001"))
                .andExpect(jsonPath("$.violations[0].interactionId").value("INC1"))
                .andExpect(jsonPath("$.summary.imported[0].format").value("servicenow"))
                .andExpect(jsonPath("$.summary.imported[0].rows").value(5))
                .andExpect(jsonPath("$.summary.imported[0].rejected").value(1))
                .andExpect(jsonPath("$.summary.findings.EVENTS_BEFORE_OPENED").value(1))
                .andExpect(jsonPath("$.findings[0].subject").value("INC2"))
                .andExpect(jsonPath("$.rejected", hasSize(1)))
                .andExpect(jsonPath("$.rejected[0].line").value(6));
    }

    @Test
    void anUnknownSourceIsABadRequestNamingIt() throws Exception {
        mvc.perform(post("/api/v1/evaluations?source=freshdesk").header(HEADER, EVALUATE).contentType("text/csv").content("a,b\n"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/evaluations").header(HEADER, EVALUATE).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"eventId\":\"e1\",\"type\":\"OPENED\",\"at\":\"2026-01-01T10:00:00Z\",\"customerId\":\"c\",\"interactionId\":\"i\"}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.findings").doesNotExist())
                .andExpect(jsonPath("$.summary.imported").doesNotExist());
    }

    /**
     * The mapped importer's mapping= names a file of the server: a client that may only evaluate must not make the
     * service open it (qa15: the YAML error quoted the file's lines back, and "no such file" told which exist).
     */
    @Test
    void aClientCannotMakeTheServiceReadAFileOfTheServerAsAMapping(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "database-password: hunter2\n");
        for (String source : new String[] {"mapped,mapping=" + secret, "MAPPED,mapping=" + dir.resolve("none.yaml"),
                "mapped", "nyc311,mapping=" + secret}) {
            mvc.perform(post("/api/v1/evaluations").param("source", source)
                            .header(HEADER, EVALUATE).contentType("text/csv").content("a,b\n1,2\n"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("source"))
                    .andExpect(jsonPath("$.errors[0].reason").value(containsString("reads no file of the server")))
                    .andExpect(jsonPath("$.errors[0].reason").value(not(containsString("database-password"))));
        }
    }

    /** qa15: a body its importer cannot read as a whole was a bare 500 ("a request body held in memory could not be read"). */
    @Test
    void aBodyItsImporterCannotReadAsAWholeIsABadRequestSayingWhy() throws Exception {
        mvc.perform(post("/api/v1/evaluations?source=twcs").header(HEADER, EVALUATE).contentType("text/csv").content("x,y\n1,2\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("lacks the columns tweet_id")));
        mvc.perform(post("/api/v1/evaluations?source=csv").header(HEADER, EVALUATE).contentType("text/csv").content("x,y\n1,2\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("header row")));
        mvc.perform(post("/api/v1/evaluations?source=zendesk").header(HEADER, EVALUATE)
                        .contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("zendesk")));
    }
}
