package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.cli.EvaluatorCommand;
import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.StoredViolation;
import com.servicepolicy.evaluator.night.ViolationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The command line, the HTTP endpoint and a night of the batch give the same violations on the same log (the
 * samples, with their pauses, priority changes and internal notes), judged at the same asOf: the end of the
 * night the batch runs. The night reads the README's sample inbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class SameViolationsAtEveryDoorTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 23);
    private static final String AS_OF = "2026-03-23T23:59:59.999Z";

    @TempDir
    static Path work;

    @Autowired
    MockMvc mvc;
    @Autowired
    NightlyRunner runner;
    @Autowired
    ViolationStore violations;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", Databases::freshH2Memory);
        registry.add("evaluator.batch.out", () -> work.resolve("out").toString());
        registry.add("evaluator.batch.scheduled", () -> "false");
    }

    @Test
    void commandLineHttpAndBatchAgree() throws Exception {
        Set<String> commandLine = commandLine();
        Set<String> http = http();
        Set<String> batch = batch();

        assertThat(commandLine).hasSizeGreaterThanOrEqualTo(20).anyMatch(v -> v.startsWith("RESP-003 T-1009"))
                .anyMatch(v -> v.startsWith("RESP-001 T-1012")).anyMatch(v -> v.startsWith("FAIR-003 disability=yes"));
        assertThat(http).isEqualTo(commandLine);
        assertThat(batch).isEqualTo(commandLine);
    }

    private static Set<String> commandLine() {
        StringWriter out = new StringWriter();
        CommandLine cl = EvaluatorCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int exit = cl.execute("evaluate", "--events", "samples/events.jsonl", "--customers", "samples/customers.csv",
                "--as-of", AS_OF);
        assertThat(exit).isZero();
        return out.toString().lines().map(JSON::readTree).map(SameViolationsAtEveryDoorTest::key)
                .collect(TreeSet::new, Set::add, Set::addAll);
    }

    /** The sample's lines that are JSON objects (the contract's bad ones included: the request is lenient). */
    private Set<String> http() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode events = body.putArray("events");
        for (String line : Files.readAllLines(Path.of("samples/events.jsonl"))) {
            try {
                events.add(JSON.readTree(line));
            } catch (RuntimeException notJson) {
                // the truncated line of the sample: not an element a JSON array could hold
            }
        }
        ArrayNode customers = body.putArray("customers");
        List<String> rows = Files.readAllLines(Path.of("samples/customers.csv"));
        String[] header = rows.get(0).split(",", -1);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            ObjectNode customer = customers.addObject();
            for (int i = 0; i < header.length; i++) {
                customer.put(header[i], cells[i]);
            }
        }
        body.put("asOf", AS_OF);
        String answer = mvc.perform(post("/api/v1/evaluations?lenient=true").header("X-API-Key", "test-evaluate-key-00000000002")
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Set<String> keys = new TreeSet<>();
        JSON.readTree(answer).get("violations").forEach(v -> keys.add(key(v)));
        return keys;
    }

    private Set<String> batch() throws Exception {
        // the README's set-up night: samples/inbox/2026-03-23 links the two sample files
        assertThat(Path.of("samples/inbox").resolve(NIGHT.toString()).resolve("events.jsonl"))
                .hasSameTextualContentAs(Path.of("samples/events.jsonl"));
        RunRecord run = runner.run(NIGHT, Path.of("samples/inbox"));
        assertThat(run.status()).isEqualTo("COMPLETED");
        Set<String> keys = new TreeSet<>();
        for (StoredViolation v : new ArrayList<>(violations.seenBy(NIGHT))) {
            keys.add(v.code() + " " + v.subject() + " " + v.severity() + " " + v.measured());
        }
        return keys;
    }

    private static String key(JsonNode v) {
        JsonNode measured = v.get("measured");
        return v.get("code").asString() + " " + v.get("subject").asString() + " " + v.get("severity").asString() + " "
                + (measured == null || measured.isNull() ? "null" : measured.asDouble());
    }
}
