package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Every scenario file of a rules directory, run against its rule set. */
public final class ScenarioSuite {

    /** What a run found: a result per scenario run, problems in the scenario files, and rule coverage. */
    public record Report(List<ScenarioResult> results, List<Finding> problems, Coverage coverage) {
        public long failed() {
            return results.stream().filter(r -> !r.passed()).count();
        }

        public boolean passed() {
            return failed() == 0 && problems.isEmpty();
        }
    }

    private ScenarioSuite() {
    }

    /** Reads every {@code *.test.yaml} under {@code dir} (sub-directories included), file names relative to it. */
    public static List<ScenarioParser.Parsed> read(Path dir) throws IOException {
        List<ScenarioParser.Parsed> out = new ArrayList<>();
        for (Path file : files(dir)) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            out.add(ScenarioParser.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
        }
        return out;
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(ScenarioParser.SUFFIX)).sorted().toList();
        }
    }

    /** Runs the scenarios whose {@code file:line: name} label {@code filter} accepts. */
    public static Report run(RuleSet ruleSet, Path dir, Predicate<Scenario> filter) throws IOException {
        ScenarioRunner runner = new ScenarioRunner(ruleSet);
        List<ScenarioResult> results = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        for (ScenarioParser.Parsed parsed : read(dir)) {
            problems.addAll(parsed.problems());
            parsed.scenarios().stream().filter(filter).map(runner::run).forEach(results::add);
        }
        return new Report(results, problems, Coverage.of(ruleSet.rules(), results));
    }
}
