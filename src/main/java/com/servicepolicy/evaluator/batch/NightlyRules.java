package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/** Compiles the rule sets from {@code evaluator.rules-dir} when a step needs them, so each night uses the current rules. */
@Component
class NightlyRules {
    private final Path rulesDir;

    NightlyRules(@Value("${evaluator.rules-dir:rules}") Path rulesDir) {
        this.rulesDir = rulesDir;
    }

    Evaluator evaluator() throws RuleSetException {
        return new Evaluator(RuleSetLoader.load(rulesDir));
    }
}
