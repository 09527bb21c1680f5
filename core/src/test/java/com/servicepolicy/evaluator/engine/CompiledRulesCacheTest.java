package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The disk cache of compiled rule units (issue #18): reuse, recompiling only what changed, and never trusting a bad entry. */
class CompiledRulesCacheTest {
    /** The catalog compiled once into a cache of its own; each test starts from a copy (compiling is the slow part). */
    @TempDir
    static Path seed;
    static CachedRules.Built first;

    @TempDir
    Path cacheDir;

    @BeforeAll
    static void compileTheCatalogOnce() throws Exception {
        Map<String, String> drl = catalog();
        Map<String, String> fileByPath = RuleCompiler.pathsOf(drl);
        first = CachedRules.build(textByPath(drl, fileByPath), fileByPath, new ModelCache(seed)).orElseThrow();
    }

    @BeforeEach
    void startFromTheCompiledCatalog() throws IOException {
        try (Stream<Path> files = Files.list(seed)) {
            for (Path f : files.toList()) {
                Files.copy(f, cacheDir.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void compilesEachPackageOnceThenBuildsFromTheCacheAlone() throws Exception {
        Map<String, String> drl = catalog();

        CachedRules.Built second = build(drl);

        assertThat(first.unitsCompiled()).isEqualTo(3);
        assertThat(first.unitsCached()).isZero();
        assertThat(entries()).hasSize(3);
        assertThat(second.unitsCompiled()).isZero();
        assertThat(second.unitsCached()).isEqualTo(3);
        assertThat(second.fileByRule()).containsEntry("policies.responsiveness Flag a late first response", "responsiveness.drl");
        assertThat(lateFirstResponse(second)).singleElement().extracting(Violation::code).isEqualTo("RESP-001");
    }

    @Test
    void aChangedFileRecompilesOnlyItsOwnPackage() throws Exception {
        Map<String, String> drl = catalog();
        drl.put("follow-up.drl", drl.get("follow-up.drl").replace("FOLLOW_UP_MISSING", "FOLLOW_UP_NOT_MADE"));

        CachedRules.Built changed = build(drl);

        assertThat(changed.unitsCompiled()).isEqualTo(1);
        assertThat(changed.unitsCached()).isEqualTo(2);
        assertThat(entries()).hasSize(4);
    }

    @Test
    void aDamagedEntryIsDeletedAndCompiledAgain() throws Exception {
        Map<String, String> drl = catalog();
        List<Path> entries = entries();
        Files.write(entries.get(0), new byte[]{'P', 'K', 3, 4, 1, 2, 3}); // a torn write
        byte[] whole = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), java.util.Arrays.copyOf(whole, whole.length / 2)); // truncated

        CachedRules.Built again = build(drl);

        assertThat(again.unitsCompiled()).isEqualTo(2);
        assertThat(again.unitsCached()).isEqualTo(1);
        assertThat(lateFirstResponse(again)).hasSize(1);
        assertThat(build(drl).unitsCached()).isEqualTo(3);
    }

    @Test
    void anEntryWhoseClassesDoNotLoadIsCompiledAgain() throws Exception {
        Map<String, String> drl = catalog();
        ModelCache cache = new ModelCache(cacheDir);
        for (Path entry : entries()) { // whole zips with the end marker, but classes that are not classes
            String key = entry.getFileName().toString().replace(".zip", "");
            Map<String, byte[]> files = new TreeMap<>(cache.read(key).orElseThrow());
            files.replaceAll((name, bytes) -> name.endsWith(".class") ? new byte[]{(byte) 0xCA, (byte) 0xFE, 0, 1} : bytes);
            cache.write(key, files);
        }

        CachedRules.Built again = build(drl);

        assertThat(again.unitsCompiled()).isEqualTo(3);
        assertThat(lateFirstResponse(again)).hasSize(1);
    }

    @Test
    void classesOfAnotherEngineBuildAreNotLoaded() {
        Map<String, String> drl = new HashMap<>(Map.of("policies/a/a.drl", "package policies.a;\nimport "
                + Violation.class.getName() + ";\nrule \"r\" when then end\n"));

        String now = EngineBuild.id(drl.values());
        drl.put("policies/a/a.drl", drl.get("policies/a/a.drl").replace("import " + Violation.class.getName(),
                "import " + RuleSet.class.getName()));

        assertThat(EngineBuild.id(drl.values())).isNotEqualTo(now); // the imported class files are part of the key
        assertThat(RuleUnit.byPackage(drl, "build-1").get(0).key())
                .isNotEqualTo(RuleUnit.byPackage(drl, "build-2").get(0).key());
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTime() throws Exception {
        Path notADirectory = Files.writeString(cacheDir.resolve("file"), "x");
        Map<String, String> drl = Map.of("a.drl", "package policies.a;\nrule \"r\" @code(\"X-1\") when String() then end\n");
        Map<String, String> fileByPath = RuleCompiler.pathsOf(drl);

        CachedRules.Built built = CachedRules.build(textByPath(drl, fileByPath), fileByPath, new ModelCache(notADirectory))
                .orElseThrow();

        assertThat(built.unitsCompiled()).isEqualTo(1);
        assertThat(built.fileByRule()).containsEntry("policies.a r", "a.drl");
        assertThat(built.kieBase().getRule("policies.a", "r")).isNotNull();
    }

    @Test
    void rulesTheExecutableModelCannotCompileAreLeftToTheClassicCompiler() throws Exception {
        Map<String, String> drl = Map.of("broken.drl", "package policies.broken;\nrule \"x\" when String( lenght > ) then end\n");
        Map<String, String> fileByPath = RuleCompiler.pathsOf(drl);

        List<Path> before = entries();

        assertThat(CachedRules.build(textByPath(drl, fileByPath), fileByPath, new ModelCache(cacheDir))).isEmpty();
        assertThat(entries()).isEqualTo(before);
    }

    private CachedRules.Built build(Map<String, String> drl) throws RuleSetException {
        Map<String, String> fileByPath = RuleCompiler.pathsOf(drl);
        return CachedRules.build(textByPath(drl, fileByPath), fileByPath, new ModelCache(cacheDir)).orElseThrow();
    }

    private static Map<String, String> textByPath(Map<String, String> drl, Map<String, String> fileByPath) {
        Map<String, String> textByPath = new HashMap<>();
        fileByPath.forEach((path, file) -> textByPath.put(path, drl.get(file)));
        return textByPath;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
    }

    private static Map<String, String> catalog() throws RuleSetException {
        return new TreeMap<>(RuleSource.directory(Path.of("rules")).read().drl());
    }

    /** Evaluates a HIGH ticket answered after 4h 1s with the built KieBase and the catalog's settings. */
    private static List<Violation> lateFirstResponse(CachedRules.Built built) throws RuleSetException {
        RuleFiles files = RuleSource.directory(Path.of("rules")).read();
        RuleSet catalog = RuleSetLoader.load(files);
        RuleSet withBuilt = new RuleSet("test", built.kieBase(), catalog.rules(), java.util.Set.of("settings", "violations"),
                catalog.settings(), Map.of());
        Events log = new Events().opened("0s", Priority.HIGH).add(EventType.AGENT_REPLY, "4h 1s");
        return new Evaluator(withBuilt).evaluate(log.list(), List.of(), Events.at("5h")).violations();
    }
}
