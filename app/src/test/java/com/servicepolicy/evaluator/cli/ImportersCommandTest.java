package com.servicepolicy.evaluator.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.servicepolicy.evaluator.cli.EvaluateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The importers through the command line, end to end on the real excerpts in samples/real (docs/importers). */
class ImportersCommandTest {
    private static final String SERVICENOW = "samples/real/incidents.servicenow.csv";

    private static Map<String, Long> countsByCode(EvaluateCommandTest.Run run) {
        return run.violations().stream().collect(Collectors.groupingBy(v -> v.get("code").asString(), TreeMap::new,
                Collectors.counting()));
    }

    /** "RESP-001 MAJOR" → count: the splits by severity the importers' pages give. */
    private static Map<String, Long> countsBySeverity(EvaluateCommandTest.Run run) {
        return run.violations().stream().collect(Collectors.groupingBy(
                v -> v.get("code").asString() + " " + v.get("severity").asString(), TreeMap::new, Collectors.counting()));
    }

    @Test
    void servicenowExcerptGivesTheViolationsDocumentedPerCode() {
        EvaluateCommandTest.Run run = run("evaluate", "--events", "servicenow:" + SERVICENOW);
        assertThat(run.exit()).isZero();
        // docs/importers/servicenow.md explains each figure
        assertThat(countsByCode(run)).isEqualTo(Map.of("RESP-001", 41L, "RESP-002", 1L, "RESP-003", 4L));
        assertThat(countsBySeverity(run)).containsEntry("RESP-001 MAJOR", 3L).containsEntry("RESP-001 MINOR", 38L);
        assertThat(run.violations()).filteredOn(v -> v.get("code").asString().equals("RESP-003"))
                .extracting(v -> v.get("interactionId").asString())
                .containsExactly("INC0000128", "INC0000147", "INC0000173", "INC0000197");
        assertThat(run.err()).contains("servicenow " + SERVICENOW + ": rows=603 converted=258 skipped=345 rejected=0 events=290");
        assertThat(run.lastErrLine()).isEqualTo("read=290 evaluated=290 duplicates=0 rejected=0 violations=46");
    }

    @Test
    void nyc311ExcerptsGiveTheViolationsDocumentedPerCode() {
        EvaluateCommandTest.Run y2013 = run("evaluate", "--events", "samples/real/requests-2013-12-25.nyc311.csv");
        assertThat(countsByCode(y2013)).isEqualTo(Map.of("RESP-001", 128L, "RESP-003", 67L));
        assertThat(countsBySeverity(y2013)).isEqualTo(Map.of("RESP-001 MAJOR", 55L, "RESP-001 MINOR", 73L,
                "RESP-003 MAJOR", 3L, "RESP-003 MINOR", 64L));
        assertThat(y2013.lastErrLine()).isEqualTo("read=864 evaluated=864 duplicates=0 rejected=0 violations=195");
        // the hour of 2022 judged a week later (by default asOf is its last event, two hours in: nothing is late yet)
        EvaluateCommandTest.Run y2022 = run("evaluate", "--events", "nyc311:samples/real/requests-2022-05-01.nyc311.csv",
                "--as-of", "2022-05-08T00:00:00-04:00");
        assertThat(countsByCode(y2022)).isEqualTo(Map.of("RESP-001", 87L, "RESP-003", 5L));
        assertThat(countsBySeverity(y2022)).containsEntry("RESP-001 MAJOR", 5L).containsEntry("RESP-001 MINOR", 82L);
    }

    @Test
    void theNyc311MappingInTheDocsIsTheBuiltInOneAndReadsAlike() throws IOException {
        try (var builtIn = com.servicepolicy.evaluator.importers.mapping.MappedCsvSource.class.getResourceAsStream("nyc311.mapping.yaml")) {
            assertThat(Files.readString(Path.of("docs/importers/nyc311.mapping.yaml")))
                    .isEqualTo(new String(builtIn.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        EvaluateCommandTest.Run mapped = run("evaluate", "--events",
                "mapped,mapping=docs/importers/nyc311.mapping.yaml:samples/real/requests-2013-12-25.nyc311.csv");
        EvaluateCommandTest.Run builtIn = run("evaluate", "--events", "samples/real/requests-2013-12-25.nyc311.csv");
        assertThat(mapped.out()).isEqualTo(builtIn.out());
    }

    @Test
    void twcsExcerptGivesTheViolationsDocumentedPerCode() {
        EvaluateCommandTest.Run run = run("evaluate", "--events", "twcs:samples/real/tweets.twcs.csv");
        assertThat(countsByCode(run)).isEqualTo(Map.of("RESP-001", 25L, "RESP-002", 38L, "RESP-003", 2L));
        assertThat(run.err()).contains("twcs samples/real/tweets.twcs.csv: rows=1000 converted=955 skipped=45 rejected=0 events=1231");
        EvaluateCommandTest.Run patient = run("evaluate", "--events", "twcs,silence=30d:samples/real/tweets.twcs.csv");
        assertThat(patient.out()).isNotEqualTo(run.out());
    }

    @Test
    void dataQualityFindingsAreCountedOnStderrAndListedInTheFindingsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("findings.jsonl");
        EvaluateCommandTest.Run nyc = run("evaluate", "--events", "samples/real/requests-2013-12-25.nyc311.csv",
                "--findings", file.toString());
        assertThat(nyc.err()).contains("finding MIDNIGHT_TIMES: 12\n", "finding SPARSE_TAIL: 43\n");
        assertThat(nyc.lastErrLine()).startsWith("read=864 ");
        assertThat(Files.readAllLines(file)).hasSize(2).allMatch(l -> l.startsWith("{\"kind\":"));

        EvaluateCommandTest.Run incidents = run("evaluate", "--events", SERVICENOW, "--findings", file.toString());
        assertThat(incidents.err()).contains("finding EVENTS_BEFORE_OPENED: 2\n",
                "  INC0000131: INC0000131/336/first-response at 2016-02-29T07:14:00Z comes before its OPENED at 2016-02-29T09:41:00Z");
        assertThat(Files.readString(file)).contains("{\"kind\":\"EVENTS_BEFORE_OPENED\",\"subject\":\"INC0000135\"");

        EvaluateCommandTest.Run imported = run("import", "--from", "nyc311", "--input", "samples/real/requests-2013-12-25.nyc311.csv",
                "--output", dir.resolve("nyc.jsonl").toString());
        assertThat(imported.err()).contains("finding MIDNIGHT_TIMES: 12\n");
    }

    @Test
    void zendeskFixtureGivesTheViolationsDocumented() {
        EvaluateCommandTest.Run run = run("evaluate", "--events", "samples/real/tickets.zendesk.json", "--as-of", "2026-03-05T00:00:00Z");
        // 35436: HIGH, an internal note at 2h30 answers nobody, the reply came at 5h (4h); 35437: raised to URGENT, reply at 3h (1h)
        assertThat(run.violations()).extracting(v -> v.get("code").asString() + " " + v.get("interactionId").asString())
                .containsExactly("RESP-001 35436", "RESP-001 35437");
        assertThat(run.lastErrLine()).isEqualTo("read=13 evaluated=11 duplicates=0 rejected=2 violations=2");
    }

    @Test
    void theFileSuffixTellsTheImporterToo() {
        EvaluateCommandTest.Run run = run("evaluate", "--events", SERVICENOW, "--format", "table");
        assertThat(run.exit()).isZero();
        assertThat(run.lastErrLine()).endsWith("violations=46");
    }

    @Test
    void importWritesTheLogThatEvaluatesAlike(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("out/incidents.jsonl");
        EvaluateCommandTest.Run imported = run("import", "--from", "servicenow", "--input", SERVICENOW, "--output", log.toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.lastErrLine()).isEqualTo(
                "rows=603 converted=258 skipped=345 rejected=0 events=290 written=290 duplicates=0 invalid=0");
        assertThat(Files.readAllLines(log)).hasSize(290);
        assertThat(Files.exists(dir.resolve("out/incidents.jsonl.partial"))).isFalse();

        EvaluateCommandTest.Run fromLog = run("evaluate", "--events", log.toString());
        EvaluateCommandTest.Run direct = run("evaluate", "--events", "servicenow:" + SERVICENOW);
        assertThat(fromLog.out()).isEqualTo(direct.out());
    }

    @Test
    void reconcileCountsWhereMadeSlaAndResp003Disagree() {
        EvaluateCommandTest.Run run = run("reconcile", "--events", "servicenow:" + SERVICENOW);
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo("made_sla reconciliation against RESP-003: "
                + "agree late=4 agree in time=83 late only by RESP-003=0 missed only by made_sla=13 not evaluated=0");
        assertThat(run.out().lines().skip(1)).hasSize(13).contains("  INC0000070: RESP-003 in time, made_sla=FALSE");
    }

    @Test
    void anUnknownImporterOrOptionIsAnInputError() {
        EvaluateCommandTest.Run unknown = run("import", "--from", "freshdesk", "--input", SERVICENOW, "--output", "target/x.jsonl");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown event source 'freshdesk'");
        EvaluateCommandTest.Run option = run("evaluate", "--events", "servicenow,colour=blue:" + SERVICENOW);
        assertThat(option.exit()).isEqualTo(1);
        assertThat(option.err()).contains("source servicenow has no option 'colour'");
    }
}
