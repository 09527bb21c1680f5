package com.servicepolicy.evaluator.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.CustomerFileReader;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.StoredViolation;
import com.servicepolicy.evaluator.night.ViolationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The fault-injection suite (issue #15), with the kill tests ({@code *RestartAfterKillTest}): each fault ends
 * with the violations of a clean run, or with a clear FAILED and then a clean rerun. "A clean run" is the
 * engine fed the night's files directly (the night's events lie in every window), an independent path. On each
 * database (subclasses); the PostgreSQL one adds the database going away mid-night.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class FaultInjectionContract {
    @TempDir
    static Path work;
    static FullDisk disk;

    @Autowired
    NightlyRunner runner;
    @Autowired
    ViolationStore violations;

    static Path inbox() {
        return work.resolve("inbox");
    }

    /** Properties of the context: {@code out} on a disk the tests can fill. */
    static String[] properties(String url) throws Exception {
        disk = FullDisk.at(work.resolve("out"));
        return new String[] {"spring.datasource.url=" + url, "spring.datasource.username=" + Databases.user(url),
            "evaluator.batch.out=" + disk.folder(), "evaluator.batch.chunk-lines=100",
            "evaluator.batch.chunk-customers=20", "evaluator.batch.scheduled=false",
            "spring.datasource.hikari.connection-timeout=2000"};
    }

    @AfterAll
    static void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void aFullDiskFailsTheNightClearlyInOneLineAndTheRerunAfterSpaceIsFreedJudgesAsACleanRun(CapturedOutput output)
            throws Exception {
        LocalDate night = LocalDate.of(2022, 1, 10);
        Path folder = TestInbox.write(inbox(), night, 400, 2, 21);
        disk.fill(night);
        System.out.println("disk full by: " + disk.how());

        RunRecord failed = runner.run(night, inbox());
        disk.free(night);
        RunRecord rerun = runner.run(night, inbox());

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.message()).contains("No space left on device");
        assertThat(output.getAll()).contains("night " + night + " failed: ").doesNotContain("\tat java.base");
        assertThat(rerun.status()).isEqualTo("COMPLETED");
        assertThat(Files.readString(disk.folder().resolve(night.toString()).resolve("report.html")))
                .containsPattern("<canvas[^>]*data-chart"); // the report's charts (Chart.js since issue #17)
        assertThat(judged(night)).isEqualTo(cleanRun(night, folder)).isNotEmpty();
    }

    @Test
    void poisonLinesOfEveryKindAreRejectedAndTheNightJudgesAsACleanRunOfTheRest() throws Exception {
        LocalDate night = LocalDate.of(2022, 9, 10);
        Path folder = TestInbox.write(inbox(), night, 300, 1, 22);
        Map<String, String> clean = cleanRun(night, folder);
        Files.writeString(folder.resolve("poison.jsonl"), String.join("\n", PoisonLines.REJECTED.keySet()) + "\n");

        RunRecord run = runner.run(night, inbox());

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.rejected()).isEqualTo(1 + PoisonLines.REJECTED.size()); // TestInbox's own bad line, and these
        assertThat(judged(night)).isEqualTo(clean).isNotEmpty();
    }

    /** The night's violations as (code, subject) to severity, measure and message. */
    Map<String, String> judged(LocalDate night) {
        Map<String, String> judged = new LinkedHashMap<>();
        violations.seenBy(night).stream().sorted(java.util.Comparator.comparing(StoredViolation::code)
                        .thenComparing(StoredViolation::subject))
                .forEach(v -> judged.put(v.code() + " " + v.subject(), v.severity() + " " + v.measured() + " " + v.message()));
        return judged;
    }

    /** What the engine finds in the night's files at the night's asOf, in the same form. */
    static Map<String, String> cleanRun(LocalDate night, Path folder) throws Exception {
        Map<String, Event> events = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("events")).sorted().toList()) {
                new EventLogReader((id, src, line) -> true).read(f, e -> events.putIfAbsent(e.getEventId(), e));
            }
        }
        List<Customer> customers = List.copyOf(CustomerFileReader.readAll(folder.resolve("customers.csv"), r -> { })
                .values());
        Map<String, String> judged = new LinkedHashMap<>();
        new Evaluator(RuleSetLoader.load(Path.of("rules"))).evaluate(events.values(), customers,
                        Instant.ofEpochMilli(new Night(night, inbox(), ZoneOffset.UTC).asOf())).violations().stream()
                .sorted(java.util.Comparator.comparing(com.servicepolicy.evaluator.policy.Violation::code)
                        .thenComparing(com.servicepolicy.evaluator.policy.Violation::subject))
                .forEach(v -> judged.put(v.code() + " " + v.subject(), v.severity() + " " + v.measured() + " " + v.message()));
        return judged;
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
