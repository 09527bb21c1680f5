package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.generate.GeneratedLog;
import com.servicepolicy.evaluator.generate.GeneratorOptions;
import com.servicepolicy.evaluator.generate.LogGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Drools rules and the hand-written reference must find exactly the same (code, subject,
 * severity) on hundreds of generated logs, at the end of the log, in the middle and after it.
 * On a difference the log is shrunk to a minimal one, printed as JSONL with the difference.
 */
class DifferentialTest {
    private static final int LOGS = 200;
    private static final long DAY = 24 * 3_600_000L;

    private static final List<String> ALL_CODES = List.of("RESP-001", "RESP-002", "RESP-003", "RESP-004", "FAIR-001",
            "FAIR-002", "FAIR-003", "FAIR-004", "FAIR-005", "FAIR-006", "FUP-001", "FUP-002", "FUP-003");

    private static RuleSet rules;
    private static Evaluator engine;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = RuleSetLoader.load(Path.of("rules"));
        engine = new Evaluator(rules);
    }

    @Test
    void droolsRulesAgreeWithTheReferenceOnGeneratedLogs() {
        SplittableRandom random = new SplittableRandom(20260305L);
        List<LogCase> failing = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        int cases = 0;
        for (int i = 0; i < LOGS && failing.size() < 3; i++) {
            long seed = random.nextLong();
            int size = 20 + random.nextInt(381);
            GeneratorOptions options = new GeneratorOptions(size, seed);
            GeneratedLog log = new LogGenerator(options).generate();
            for (Instant asOf : asOfValues(options, log.events(), random)) {
                LogCase c = new LogCase("seed " + seed + ", " + size + " interactions", log.events(), log.customers(), asOf);
                cases++;
                if (!difference(c, seen).isEmpty()) {
                    failing.add(c);
                    break;
                }
            }
        }
        if (!failing.isEmpty()) {
            StringBuilder report = new StringBuilder(failing.size() + " disagreeing cases among the first " + cases + " checked. Smallest failing logs:\n");
            for (LogCase c : failing) {
                LogCase small = new Shrinker(x -> !difference(x).isEmpty()).shrink(c);
                report.append("\n").append(small.toJsonl()).append("# difference (engine vs reference)\n")
                        .append(String.join("\n", difference(small))).append('\n');
            }
            fail(report.toString());
        }
        System.out.println("differential: " + cases + " cases agree; findings per code " + seen);
        assertThat(seen.keySet()).as("every code must be exercised").containsAll(ALL_CODES);
    }

    /** End of log (the command-line default), a mid-log point, a random point, and long after the end. */
    private static List<Instant> asOfValues(GeneratorOptions options, List<Event> events, SplittableRandom random) {
        Instant latest = Instant.ofEpochMilli(events.stream().mapToLong(Event::getAt).max().orElseThrow());
        long start = options.start().toEpochMilli();
        long mid = start + (latest.toEpochMilli() - start) / 2;
        long anywhere = start + (long) (random.nextDouble() * (latest.toEpochMilli() - start));
        return List.of(latest, Instant.ofEpochMilli(mid / 1000 * 1000), Instant.ofEpochMilli(anywhere),
                latest.plusMillis(20 * DAY));
    }

    /** Lines "+ finding" only the engine found and "- finding" only the reference found; empty when they agree. */
    private static List<String> difference(LogCase c) {
        return difference(c, new TreeMap<>());
    }

    private static List<String> difference(LogCase c, Map<String, Integer> seen) {
        Set<Finding> byEngine = engine.evaluate(c.events(), c.customers(), c.asOf()).violations().stream()
                .map(v -> new Finding(v.code(), v.subject(), v.severity())).collect(Collectors.toCollection(TreeSet::new));
        Set<Finding> byReference = ReferenceEvaluator.evaluate(c.events(), c.customers(), c.asOf(), rules.settings());
        byReference.forEach(f -> seen.merge(f.code(), 1, Integer::sum));
        List<String> lines = new ArrayList<>();
        byEngine.stream().filter(f -> !byReference.contains(f)).forEach(f -> lines.add("+ engine only:    " + f));
        byReference.stream().filter(f -> !byEngine.contains(f)).forEach(f -> lines.add("- reference only: " + f));
        return lines;
    }
}
