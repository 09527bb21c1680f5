package com.servicepolicy.evaluator.engine;

import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiled rule sets reused across processes: each unit (the files of one package) is compiled to the
 * executable model once and kept in the {@link ModelCache}; a rule set whose units are all cached builds
 * its KieBase from classes, compiling nothing, and a changed file recompiles only its unit. Anything the
 * executable model cannot do (or a cache entry that does not load) ends in an empty result, and the caller
 * compiles classically, as without a cache.
 */
final class CachedRules {
    /** A KieBase and the file of each rule ({@link ModelCompiler#qualified} name to author's file). */
    record Built(KieBase kieBase, Map<String, String> fileByRule, int unitsCompiled, int unitsCached) {
    }

    private CachedRules() {
    }

    /**
     * @param textByPath DRL by its path in a KieFileSystem (package folders)
     * @param fileByPath that path to the author's file name
     */
    static Optional<Built> build(Map<String, String> textByPath, Map<String, String> fileByPath, ModelCache cache) {
        String build = EngineBuild.id(textByPath.values());
        // a package that uses another's functions or types does not compile alone: then the caller compiles classically
        return build(RuleUnit.byPackage(textByPath, build), fileByPath, cache, true);
    }

    private static Optional<Built> build(List<RuleUnit> units, Map<String, String> fileByPath, ModelCache cache,
                                         boolean readCache) {
        List<CompiledUnit> compiled = new ArrayList<>();
        List<RuleUnit> fromCache = new ArrayList<>();
        int fresh = 0;
        for (RuleUnit unit : units) {
            Optional<CompiledUnit> cached = readCache ? cached(unit, cache) : Optional.empty();
            if (cached.isPresent()) {
                compiled.add(cached.get());
                fromCache.add(unit);
                continue;
            }
            Optional<CompiledUnit> built = ModelCompiler.compile(unit, fileByPath);
            if (built.isEmpty()) {
                return Optional.empty();
            }
            fresh++;
            if (cache != null) {
                cache.write(unit.key(), built.get().toEntry());
            }
            compiled.add(built.get());
        }
        Optional<Built> loaded = load(compiled, fresh, fromCache.size());
        if (loaded.isPresent() || fromCache.isEmpty()) {
            return loaded;
        }
        // an entry passed its checks but does not load here: it is stale or damaged, so compile it again
        fromCache.forEach(u -> cache.discard(u.key()));
        return build(units, fileByPath, cache, false);
    }

    private static Optional<CompiledUnit> cached(RuleUnit unit, ModelCache cache) {
        if (cache == null) {
            return Optional.empty();
        }
        try {
            return cache.read(unit.key()).map(CompiledUnit::fromEntry);
        } catch (RuntimeException e) {
            cache.discard(unit.key());
            return Optional.empty();
        }
    }

    private static Optional<Built> load(List<CompiledUnit> units, int fresh, int cached) {
        try {
            KieBase kieBase = ModelLoader.load(units);
            Map<String, String> fileByRule = new HashMap<>();
            units.forEach(u -> fileByRule.putAll(u.fileByRule()));
            return Optional.of(new Built(kieBase, fileByRule, fresh, cached));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }
}
