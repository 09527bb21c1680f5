package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.explain.Explainer;
import com.servicepolicy.evaluator.explain.InteractionExplanation;
import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog is said once, in the rules and the settings: texts, severities and explanations follow a changed setting. */
class CatalogSettingsTest {

    @Test
    void descriptionsFollowAChangedSetting(@TempDir Path dir) throws Exception {
        copyRules(dir);
        replace(dir.resolve("settings.yaml"), "window: 72h", "window: 48h");

        RuleInfo fup001 = RuleSetLoader.load(dir).ruleByCode("FUP-001").orElseThrow();

        assertThat(fup001.description()).contains("within 48h after the resolution").doesNotContain("{");
    }

    @Test
    void severityByPriorityIsASetting(@TempDir Path dir) throws Exception {
        List<Violation> asShipped = lateResolution(RuleSetLoader.load(Path.of("rules")));
        copyRules(dir);
        replace(dir.resolve("settings.yaml"), "RESP-003: { URGENT: MAJOR }", "RESP-003: { URGENT: MAJOR, HIGH: CRITICAL }");

        List<Violation> changed = lateResolution(RuleSetLoader.load(dir));

        assertThat(asShipped).singleElement().extracting(Violation::severity).isEqualTo(Severity.MINOR);
        assertThat(changed).singleElement().extracting(Violation::severity).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void aDescriptionNamingNoSettingDoesNotCompile(@TempDir Path dir) throws Exception {
        copyRules(dir);
        replace(dir.resolve("follow-up.drl"), "within {followUp.window}", "within {followUp.windw}");

        assertThatThrownBy(() -> RuleSetLoader.load(dir)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("follow-up.drl").hasMessageContaining("{followUp.windw}");
    }

    @Test
    void anExplanationComesFromTheRulesOwnMetadata(@TempDir Path dir) throws Exception {
        copyRules(dir);
        replace(dir.resolve("non-discrimination.drl"), "@whyNot(\"denial {eventId} has the legitimate reason code {reasonCode}\")",
                "@whyNot(\"{eventId} was denied for {reasonCode}, which {accommodation.legitimateDenialReasons} allow\")");
        var log = new Events().opened("0h", Priority.NORMAL)
                .add(com.servicepolicy.evaluator.event.EventType.ACCOMMODATION_DENIED, "1h", b -> b.reasonCode("UNDUE_BURDEN"))
                .list();

        InteractionExplanation x = new Explainer(RuleSetLoader.load(dir)).explain(log, List.of(), Events.at("2h"), "I1");

        assertThat(x.notFired()).filteredOn(n -> n.code().equals("FAIR-004")).singleElement()
                .extracting(InteractionExplanation.NotFiredRule::reason)
                .isEqualTo("E2 was denied for UNDUE_BURDEN, which UNDUE_BURDEN, FUNDAMENTAL_ALTERATION, DIRECT_THREAT allow");
    }

    @Test
    void groupLevelCodesAreTheRulesJudgingGroupRates() throws Exception {
        assertThat(RuleSetLoader.load(Path.of("rules")).groupLevelCodes()).containsExactly("FAIR-003");
    }

    private static List<Violation> lateResolution(RuleSet rules) {
        var log = new Events().opened("0h", Priority.HIGH)
                .add(com.servicepolicy.evaluator.event.EventType.AGENT_REPLY, "1h")
                .add(com.servicepolicy.evaluator.event.EventType.RESOLVED, "80h").list();
        return new Evaluator(rules).evaluate(log, List.of(), Events.at("81h")).violations().stream()
                .filter(v -> v.code().equals("RESP-003")).toList();
    }

    private static void copyRules(Path target) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file + " contains " + from).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
