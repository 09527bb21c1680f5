package com.servicepolicy.evaluator.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.policy.RuleInfo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15: a half-written rule file was served for as long as its writer paused (1.5 s: the rule set without
 * RESP-002..004). The watcher reloads only once the files have been quiet for the settle time, so a writer that
 * pauses for less is never served half-way; the whole file is served once it is complete.
 */
class SlowWriterReloadTest {
    @Test
    void aFileWrittenInTwoPartsWithAPauseIsNeverServedHalfWritten(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("rules/settings.yaml"), dir.resolve("settings.yaml"));
        String drl = Files.readString(Path.of("rules/responsiveness.drl"));
        Files.writeString(dir.resolve("responsiveness.drl"), drl);
        var settings = new ServiceSettings(dir, 10, 1000, true, Duration.ofSeconds(2), EvaluationLimits.DEFAULTS);
        RuleSetHolder holder = new RuleSetHolder(settings, new EvaluationMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC());
        String before = holder.current().version();
        RulesDirectoryWatcher watcher = new RulesDirectoryWatcher(holder, settings.reloadDebounce(), true);
        List<Set<String>> served = new CopyOnWriteArrayList<>();
        Thread observer = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                served.add(codes(holder));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        observer.start();
        try {
            Thread.sleep(500); // the watcher is registered
            String edited = drl + "\n// edited\n";
            int secondRule = edited.indexOf("rule \"", edited.indexOf("rule \"") + 1);
            try (OutputStream out = Files.newOutputStream(dir.resolve("responsiveness.drl"))) {
                out.write(edited.substring(0, secondRule).getBytes(StandardCharsets.UTF_8)); // compiles: RESP-001 alone
                out.flush();
                Thread.sleep(1_500);
                out.write(edited.substring(secondRule).getBytes(StandardCharsets.UTF_8));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (holder.current().version().equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            observer.interrupt();
            observer.join();
            watcher.stop();
        }
        assertThat(holder.current().version()).as("the whole edited file is served").isNotEqualTo(before);
        assertThat(served).isNotEmpty().allSatisfy(codes -> assertThat(codes)
                .containsExactly("RESP-001", "RESP-002", "RESP-003", "RESP-004"));
    }

    private static Set<String> codes(RuleSetHolder holder) {
        return new TreeSet<>(holder.current().ruleSet().rules().stream().map(RuleInfo::code).toList());
    }
}
