package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.RuleCompiler;
import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.engine.RuleSource;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules built from the compiled-rule cache (the executable model) judge the samples as the classic compile does. */
class RulesFromTheCacheTest {
    private static final String CACHE = "evaluator.rules.cache";
    private static final ReadListener SILENT = new ReadListener() {
        @Override
        public void rejected(Rejection rejection) {
        }

        @Override
        public void duplicate(Duplicate duplicate) {
        }
    };

    @Test
    void cachedAndClassicRulesGiveTheSameViolationsOnTheSamples(@TempDir Path cacheDir) throws Exception {
        RuleFiles files = RuleSource.directory(Path.of("rules")).read();
        String before = System.getProperty(CACHE);
        try {
            System.setProperty(CACHE, "off");
            RuleSet classic = compile(files);
            System.setProperty(CACHE, cacheDir.toString());
            compile(files); // fills the cache
            RuleSet cached = compile(files);

            assertThat(cached.version()).isEqualTo(classic.version());
            assertThat(cached.rules()).isEqualTo(classic.rules());
            List<Violation> fromCache = violations(cached);
            assertThat(fromCache).hasSize(20).isEqualTo(violations(classic));
        } finally {
            if (before == null) {
                System.clearProperty(CACHE);
            } else {
                System.setProperty(CACHE, before);
            }
        }
    }

    private static RuleSet compile(RuleFiles files) throws Exception {
        return RuleCompiler.compile(files.drl(), RuleSetLoader.SETTINGS_FILE, files.settings(), files.resources(),
                RuleSetLoader.parseSettings(RuleSetLoader.SETTINGS_FILE, files.settings(), files.resources()));
    }

    private static List<Violation> violations(RuleSet rules) throws Exception {
        LogEvaluation evaluation = new LogEvaluation(EvaluationLimits.DEFAULTS);
        HeldLog log = evaluation.read(LogRequest.ofFiles(List.of(EventInput.of(Path.of("samples/events.jsonl"))),
                Path.of("samples/customers.csv")), SILENT);
        return evaluation.evaluate(rules, log, log.defaultAsOf(), false).violations();
    }
}
