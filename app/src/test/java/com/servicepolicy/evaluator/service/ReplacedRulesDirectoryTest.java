package com.servicepolicy.evaluator.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.policy.RuleInfo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * qa15: a deployment that puts a new rules directory in place (renamed over the old one, or a symbolic link
 * re-pointed to the next release) left the watcher on the old directory: no change was ever reloaded again, and
 * nothing said so. The watcher now follows the directory at the rules path.
 */
class ReplacedRulesDirectoryTest {
    private static final Duration SETTLE = Duration.ofMillis(300);

    @Test
    void aDirectoryRenamedIntoPlaceIsWatchedInItsTurn(@TempDir Path root) throws Exception {
        Path rules = release(root.resolve("rules"), "");
        RuleSetHolder holder = holder(rules);
        RulesDirectoryWatcher watcher = new RulesDirectoryWatcher(holder, SETTLE, true);
        watcher.start();
        try {
            Thread.sleep(500); // the watcher is registered
            Path next = release(root.resolve("rules.next"), "");
            Files.move(rules, root.resolve("rules.old"));
            Files.move(next, rules);
            Thread.sleep(2_500); // the watcher had time to notice the new directory
            addRule(rules, "QA-101");
            assertThat(waitFor(holder, codes -> codes.contains("QA-101"))).as("an edit of the new directory is served").isTrue();
        } finally {
            watcher.stop();
        }
    }

    @Test
    void aReleaseLinkRePointedToTheNextReleaseIsFollowed(@TempDir Path root) throws Exception {
        Path first = release(root.resolve("release-1"), "");
        Path link = Files.createSymbolicLink(root.resolve("rules"), first);
        RuleSetHolder holder = holder(link);
        RulesDirectoryWatcher watcher = new RulesDirectoryWatcher(holder, SETTLE, true);
        watcher.start();
        try {
            Thread.sleep(500);
            Path second = release(root.resolve("release-2"), "QA-102");
            Path newLink = Files.createSymbolicLink(root.resolve("rules.tmp"), second);
            Files.move(newLink, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            assertThat(waitFor(holder, codes -> codes.contains("QA-102"))).as("the next release is served").isTrue();
            addRule(second, "QA-103");
            assertThat(waitFor(holder, codes -> codes.contains("QA-103"))).as("and its edits too").isTrue();
        } finally {
            watcher.stop();
        }
    }

    /** The shipped responsiveness rules and settings, plus a rule of {@code code} when one is given. */
    private static Path release(Path dir, String code) throws Exception {
        Files.createDirectories(dir);
        Files.copy(Path.of("rules/settings.yaml"), dir.resolve("settings.yaml"));
        Files.copy(Path.of("rules/responsiveness.drl"), dir.resolve("responsiveness.drl"));
        if (!code.isEmpty()) {
            addRule(dir, code);
        }
        return dir;
    }

    private static void addRule(Path dir, String code) throws Exception {
        Files.writeString(dir.resolve(code.toLowerCase() + ".drl"), """
                package policies.qa;
                import com.servicepolicy.evaluator.policy.Interaction;
                rule "Rule %1$s"
                    @code("%1$s") @name("QA_RULE") @policy("qa") @severity("INFO") @actions("REPLY_NOW")
                    @description("a rule of the test")
                when
                    Interaction( interactionId == "never" )
                then
                end
                """.formatted(code));
    }

    private static RuleSetHolder holder(Path rules) {
        var settings = new ServiceSettings(rules, 10, 1000, true, SETTLE, EvaluationLimits.DEFAULTS);
        return new RuleSetHolder(settings, new EvaluationMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
    }

    private static boolean waitFor(RuleSetHolder holder, Predicate<java.util.Set<String>> served) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var codes = new java.util.TreeSet<>(holder.current().ruleSet().rules().stream().map(RuleInfo::code).toList());
            if (served.test(codes)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
