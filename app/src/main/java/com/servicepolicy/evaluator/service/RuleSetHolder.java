package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleProblem;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.engine.RuleSource;
import com.servicepolicy.evaluator.sandbox.RuleSandbox;
import com.servicepolicy.evaluator.sandbox.SandboxResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The rule set in service. Requests read it lock-free; a reload compiles the directory aside and
 * swaps the result in atomically, so an evaluation always runs on one whole rule set. A directory
 * that does not compile leaves the last good set serving and is reported in {@link #status()}.
 */
public class RuleSetHolder {
    private static final Logger log = LoggerFactory.getLogger(RuleSetHolder.class);

    private final RuleSource source;
    private final EvaluationMetrics metrics;
    private final Clock clock;
    private final AtomicReference<ActiveRules> active = new AtomicReference<>();
    private volatile RulesStatus status;

    private final RuleSandbox sandbox;

    /** Loads the directory now, and reloads compile in this JVM only (tests of the holder alone). */
    public RuleSetHolder(ServiceSettings settings, EvaluationMetrics metrics, Clock clock) {
        this(settings, metrics, clock, null);
    }

    /**
     * Loads the directory now: with no last good set to fall back on, a broken directory stops the start. A
     * reload first compiles the new files in {@code sandbox} (a JVM of its own), so that code the files run while
     * they compile cannot reach the service; only files that compiled there are compiled here.
     */
    public RuleSetHolder(ServiceSettings settings, EvaluationMetrics metrics, Clock clock, RuleSandbox sandbox) {
        this.sandbox = sandbox;
        this.source = settings.ruleSource();
        this.metrics = metrics;
        this.clock = clock;
        try {
            swapIn(RuleSetLoader.load(source));
        } catch (RuleSetException e) {
            throw new RulesUnusableException(source, e.problems());
        }
        log.info("Serving rules {} from {}: {} rules", current().version(),
                source.directory().map(d -> d.toAbsolutePath().toString()).orElse(source.describe()),
                current().ruleSet().rules().size());
    }

    public ActiveRules current() {
        return active.get();
    }

    public RulesStatus status() {
        return status;
    }

    /** Where the rules come from: a directory to watch, or the built-in catalog, which never changes. */
    public RuleSource source() {
        return source;
    }

    /** Compiles the directory and serves it if it compiles and differs from what is serving. */
    public synchronized ReloadOutcome reload() {
        Instant attempt = clock.instant();
        ActiveRules serving = current();
        try {
            RuleFiles files = source.read();
            if (RuleSetLoader.versionOf(files).equals(serving.version())) {
                status = new RulesStatus(source.describe(), serving.version(), serving.since(), attempt, List.of());
                return new ReloadOutcome(ReloadOutcome.Kind.UNCHANGED, serving.version(), List.of());
            }
            if (sandbox != null && files.settings() != null) {
                SandboxResult vetted = sandbox.compile(files.drl(), RuleSetLoader.SETTINGS_FILE, files.settings(),
                        files.resources());
                if (!vetted.valid()) {
                    throw new RuleSetException(vetted.problems());
                }
            }
            RuleSet loaded = RuleSetLoader.load(files);
            if (!RuleSetLoader.versionOf(source.read()).equals(loaded.version())) {
                // Written to while it compiled: not a whole set yet. The writes themselves bring the next reload.
                log.info("Rules in {} changed while they compiled; still serving {}", source, serving.version());
                return new ReloadOutcome(ReloadOutcome.Kind.UNCHANGED, serving.version(), List.of());
            }
            swapIn(loaded);
            metrics.reloaded(true);
            log.info("Rules reloaded: now serving {} (was {})", loaded.version(), serving.version());
            return new ReloadOutcome(ReloadOutcome.Kind.RELOADED, loaded.version(), List.of());
        } catch (RuleSetException e) {
            metrics.reloaded(false);
            status = new RulesStatus(source.describe(), serving.version(), serving.since(), attempt, e.problems());
            log.warn("Rules in {} do not compile; still serving {}:\n{}", source, serving.version(), e.getMessage());
            return new ReloadOutcome(ReloadOutcome.Kind.FAILED, serving.version(), e.problems());
        } catch (RuntimeException e) {
            // e.g. an engine error on a strange file: still a failed reload, never a lost rule set
            metrics.reloaded(false);
            List<RuleProblem> problems = List.of(new RuleProblem(source.describe(), 0, 0, String.valueOf(e)));
            status = new RulesStatus(source.describe(), serving.version(), serving.since(), attempt, problems);
            log.warn("Reloading rules from {} failed; still serving {}", source, serving.version(), e);
            return new ReloadOutcome(ReloadOutcome.Kind.FAILED, serving.version(), problems);
        }
    }

    private void swapIn(RuleSet ruleSet) {
        Instant now = clock.instant();
        active.set(new ActiveRules(ruleSet, now));
        status = new RulesStatus(source.describe(), ruleSet.version(), now, now, List.of());
    }

    /** The rules directory cannot be served at start-up; the message lists every problem. */
    public static final class RulesUnusableException extends IllegalStateException {
        private final List<RuleProblem> problems;

        RulesUnusableException(RuleSource source, List<RuleProblem> problems) {
            super("the rules in " + source.directory().map(d -> d.toAbsolutePath().toString()).orElse(source.describe())
                    + " cannot be used:\n" + problems.stream().map(source::format).collect(Collectors.joining("\n")));
            this.problems = List.copyOf(problems);
        }

        public List<RuleProblem> problems() {
            return problems;
        }
    }
}
