package com.servicepolicy.evaluator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.servicepolicy.evaluator.ServiceApplication;
import com.servicepolicy.evaluator.api.ApiTestKeys;
import com.servicepolicy.evaluator.batch.NightlyRunner;
import com.servicepolicy.evaluator.ingest.ArbitraryLines;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.night.RunRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #15, "a line one door accepts can never fail another": arbitrary lines ({@link ArbitraryLines}, seeded;
 * {@code -Dproperty.seed=N} replays a failure) through every door — the reader, the command line, the HTTP
 * endpoint, and a night of the batch on H2 (this context) and on PostgreSQL (a context of its own) — each door
 * accounts for every line exactly as the reader does, and every night completes.
 */
@SpringBootTest(properties = {"evaluator.batch.scheduled=false", "evaluator.batch.chunk-lines=50"})
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class EveryDoorPropertiesTest {
    private static final long SEED = Long.getLong("property.seed", System.nanoTime());
    private static final int ROUNDS = 3;
    private static final int LINES = 150;
    private static ConfigurableApplicationContext postgres;

    @TempDir
    static Path work;

    @Autowired
    MockMvc mvc;
    @Autowired
    NightlyRunner h2Nights;

    @BeforeAll
    static void postgresBatch() throws Exception {
        String schema = "door_props_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        postgres = new SpringApplicationBuilder(ServiceApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                "--spring.datasource.username=postgres", "--evaluator.batch.scheduled=false",
                "--evaluator.batch.chunk-lines=50", "--evaluator.batch.out=" + work.resolve("out-pg"),
                "--logging.level.root=WARN");
    }

    @AfterAll
    static void closePostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyDoorAccountsForArbitraryLinesAsTheReaderDoesAndEveryNightCompletes() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long seed = SEED + round;
            String as = "seed " + seed + " (-Dproperty.seed=" + seed + ")";
            LocalDate night = LocalDate.of(2026, 6, 20).plusDays(round);
            Path folder = Files.createDirectories(work.resolve("inbox").resolve(night.toString()));
            Path file = Files.write(folder.resolve("arbitrary.jsonl"), new ArbitraryLines(seed).file(LINES));

            ReadStats reader = new EventLogReader().read(file, e -> { });
            List<Long> expected = List.of(reader.read(), reader.accepted(), reader.duplicates(), reader.rejected());

            assertThat(commandLine(file)).as(as + ": command line").isEqualTo(expected);
            assertThat(http(Files.readAllBytes(file))).as(as + ": HTTP").isEqualTo(expected);
            for (NightlyRunner runner : List.of(h2Nights, postgres.getBean(NightlyRunner.class))) {
                RunRecord run = runner.run(night, work.resolve("inbox"));
                assertThat(run.status()).as(as + ": night " + run.message()).isEqualTo("COMPLETED");
                assertThat(List.of(run.read(), run.evaluated(), run.duplicates(), run.rejected()))
                        .as(as + ": batch").isEqualTo(expected);
            }
        }
    }

    private static List<Long> commandLine(Path file) {
        StringWriter err = new StringWriter();
        CommandLine cl = EvaluatorCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("evaluate", "--events", file.toString(), "--rules", "rules");
        List<String> lines = err.toString().lines().toList();
        String last = lines.get(lines.size() - 1); // read=N evaluated=N duplicates=N rejected=N violations=N
        String[] parts = last.split(" ");
        List<Long> counts = List.of(value(parts[0]), value(parts[1]), value(parts[2]), value(parts[3]));
        boolean everyLineRejected = counts.get(0) > 0 && counts.get(3).equals(counts.get(0)); // exit 1 then (issue #18)
        assertThat(exit).as(err.toString()).isEqualTo(everyLineRejected ? EvaluatorCommand.IO_ERROR : EvaluatorCommand.OK);
        return counts;
    }

    private List<Long> http(byte[] body) throws Exception {
        String answer = mvc.perform(post("/api/v1/evaluations?lenient=true").header(ApiTestKeys.HEADER, ApiTestKeys.EVALUATE)
                        .contentType("application/x-ndjson").content(body))
                .andReturn().getResponse().getContentAsString();
        JsonNode summary = JsonMapper.builder().build().readTree(answer).path("summary");
        assertThat(summary.isObject()).as(answer).isTrue();
        return List.of(summary.get("read").asLong(), summary.get("evaluated").asLong(), summary.get("duplicates").asLong(),
                summary.get("rejected").asLong());
    }

    private static long value(String keyValue) {
        return Long.parseLong(keyValue.substring(keyValue.indexOf('=') + 1));
    }
}
