package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyDocsTest {

    @Test
    void everyPolicyPageCarriesTheMetadataOfItsRule() throws Exception {
        RuleSet rules = RuleSetLoader.load(RulesDirs.DEFAULT);
        assertThat(PolicyDocs.drift(rules, Path.of("."))).as("run: java -jar target/service-policy-evaluator.jar docs")
                .isEmpty();
        for (var rule : rules.rules()) {
            assertThat(Files.readString(PolicyDocs.pageOf(rule, Path.of("."))))
                    .contains("## What it checks", "## Examples", rule.description());
        }
    }

    @Test
    void aChangedSeverityMakesThePageDriftAndRegeneratingKeepsTheHandWrittenBody(@TempDir Path dir) throws Exception {
        Path rulesDir = Files.createDirectory(dir.resolve("rules"));
        RulesDirs.copyOfDefault(rulesDir);
        RulesDirs.replace(rulesDir.resolve("follow-up.drl"), "@severity(\"MAJOR\")", "@severity(\"CRITICAL\")");
        Path page = dir.resolve("docs/policies/FUP-002.md");
        Files.createDirectories(page.getParent());
        Files.copy(Path.of("docs/policies/FUP-002.md"), page);
        RuleSet rules = RuleSetLoader.load(rulesDir);

        assertThat(PolicyDocs.drift(rules, dir)).extracting(d -> d.rule().code())
                .contains("FUP-002", "RESP-001"); // RESP-001's page is missing under dir
        PolicyDocs.write(rules, dir);

        assertThat(PolicyDocs.drift(rules, dir)).isEmpty();
        assertThat(Files.readString(page)).contains("| Default severity | CRITICAL |", "## The customer's right it protects\nPromises are kept");
    }
}
