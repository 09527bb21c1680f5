package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.policy.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetLoaderTest {

    @Test
    void loadsTheDefaultCatalogWithAllThirteenCodes() throws Exception {
        RuleSet rules = RuleSetLoader.load(Path.of("rules"));
        assertThat(rules.rules()).extracting(RuleInfo::code).containsExactlyInAnyOrder(
                "RESP-001", "RESP-002", "RESP-003", "RESP-004",
                "FAIR-001", "FAIR-002", "FAIR-003", "FAIR-004", "FAIR-005", "FAIR-006",
                "FUP-001", "FUP-002", "FUP-003");
        RuleInfo resp1 = rules.ruleByCode("RESP-001").orElseThrow();
        assertThat(resp1.sourceFile()).isEqualTo("responsiveness.drl");
        assertThat(resp1.actions()).containsExactly("REPLY_NOW", "REVIEW_STAFFING");
        assertThat(resp1.name()).isEqualTo("FIRST_RESPONSE_LATE");
        assertThat(resp1.description()).startsWith("The first agent response came later than the first-response target T1");
        assertThat(rules.version()).hasSize(12);
    }

    @Test
    void reportsASyntaxErrorWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("rules/settings.yaml"), dir.resolve("settings.yaml"));
        Files.writeString(dir.resolve("broken.drl"), """
                package policies.broken;

                rule "Missing its when"
                    then
                        System.out.println("x")
                end
                rule "Bad constraint"
                when
                    String( lenght > )
                then
                end
                """);
        assertThatThrownBy(() -> RuleSetLoader.load(dir))
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.file()).isEqualTo("broken.drl");
                        assertThat(p.line()).isEqualTo(9);
                        assertThat(p.column()).isEqualTo(22);
                        assertThat(p.toString()).startsWith("broken.drl:9:22: ");
                    });
                });
    }

    @Test
    void reportsAMisspeltFieldAtTheColumnOfItsExpression(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("rules/settings.yaml"), dir.resolve("settings.yaml"));
        Files.writeString(dir.resolve("typo.drl"), """
                package policies.typo;

                rule "Long texts"
                when
                    String( length > 3,
                            lenght > 3 )
                then
                end
                """);
        assertThatThrownBy(() -> RuleSetLoader.load(dir))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith("typo.drl:6:13: ")
                                .contains("Unable to Analyse Expression lenght > 3")));
    }

    @Test
    void saysWhetherTheRulesPathIsMissingOrNotADirectory(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("rules.txt"), "not rules");
        assertThatThrownBy(() -> RuleSetLoader.load(dir.resolve("nosuch"))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("no such directory");
        assertThatThrownBy(() -> RuleSetLoader.load(file)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("not a directory");
    }

    @Test
    void reportsASettingOutOfRangeByKey(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("rules/responsiveness.drl"), dir.resolve("responsiveness.drl"));
        Files.writeString(dir.resolve("settings.yaml"),
                Files.readString(Path.of("rules/settings.yaml")).replace("atRiskFraction: 0.75", "atRiskFraction: 1.5"));
        assertThatThrownBy(() -> RuleSetLoader.load(dir))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("settings.yaml")
                .hasMessageContaining("atRiskFraction: 1.5 is out of range");
    }

    /**
     * qa15: a rules directory reached through a symbolic link (rules -> releases/42/rules, as deployments switch
     * releases) read no file at all: "no .drl files", "missing: the rules directory needs its settings file".
     */
    @Test
    void readsARulesDirectoryNamedThroughASymbolicLink(@TempDir Path dir) throws Exception {
        Path release = Files.createDirectories(dir.resolve("releases/42/rules"));
        Files.copy(Path.of("rules/settings.yaml"), release.resolve("settings.yaml"));
        Files.copy(Path.of("rules/responsiveness.drl"), release.resolve("responsiveness.drl"));
        Path link = Files.createSymbolicLink(dir.resolve("rules"), release);
        RuleFiles files = RuleSource.directory(link).read();
        assertThat(files.drl()).containsOnlyKeys("responsiveness.drl");
        assertThat(RuleSetLoader.load(link).rules()).extracting(RuleInfo::code)
                .containsExactlyInAnyOrder("RESP-001", "RESP-002", "RESP-003", "RESP-004");
    }
}
