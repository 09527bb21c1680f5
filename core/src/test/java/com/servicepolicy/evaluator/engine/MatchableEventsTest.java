package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which events go into sessions: only those some pattern can match, decided from the compiled rules. */
class MatchableEventsTest {
    private static final String EXTRA_RULE = """
            package policies.extra;
            import com.servicepolicy.evaluator.event.Event;
            import com.servicepolicy.evaluator.event.EventType;
            global com.servicepolicy.evaluator.engine.ViolationCollector violations;
            rule "Count a pattern"
            when
                %s
            then
            end
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "rules cache {0}")
    @ValueSource(strings = {"on", "off"})
    void theDefaultRulesMatchOnlyRefusalsDenialsAndReviews(String cache) throws Exception {
        RuleSet rules = withCache(cache, () -> RuleSetLoader.load(Path.of("rules")));

        assertThat(MatchableEvents.of(rules.kieBase())).containsExactlyInAnyOrder(
                EventType.REFUSED, EventType.ACCOMMODATION_DENIED, EventType.REVIEW_POSTED);
    }

    @Test
    void aPatternOnAnotherTypeAddsThatType() throws Exception {
        RuleSet rules = RuleSetLoader.load(withRule("Event( type == EventType.OPENED, customerId != null )"));

        assertThat(MatchableEvents.of(rules.kieBase())).containsExactlyInAnyOrder(EventType.OPENED,
                EventType.REFUSED, EventType.ACCOMMODATION_DENIED, EventType.REVIEW_POSTED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Event( customerId == \"C1\" )", "Event()", "Object()",
            "Event( type != EventType.OPENED )", "Event( type == EventType.OPENED || customerId == \"C1\" )"})
    void aPatternThatIsNotATestOfTheTypeKeepsEveryEvent(String pattern) throws Exception {
        RuleSet rules = RuleSetLoader.load(withRule(pattern));

        assertThat(MatchableEvents.of(rules.kieBase())).isEqualTo(EnumSet.allOf(EventType.class));
    }

    @Test
    void anEventOfAMatchedTypeReachesTheSessionAndTheOthersStillMakeTheirClocks() throws Exception {
        RuleSet defaults = RuleSetLoader.load(Path.of("rules"));
        RuleSet withOpenedRule = RuleSetLoader.load(withRule("Event( type == EventType.OPENED )"));
        // OPENED and AGENT_REPLY make the FIRST_RESPONSE clock; no default rule matches either as a fact
        Events log = new Events().opened("0s", Priority.HIGH).add(EventType.AGENT_REPLY, "4h 1s");

        EvaluationResult plain = new Evaluator(defaults).evaluate(log.list(), List.of(), Events.at("5h"));
        EvaluationResult counted = new Evaluator(withOpenedRule).evaluate(log.list(), List.of(), Events.at("5h"));

        assertThat(plain.violations()).extracting(Violation::code).contains("RESP-001");
        assertThat(counted.violations()).isEqualTo(plain.violations());
        assertThat(counted.stats().firings()).isEqualTo(plain.stats().firings() + 1);
    }

    private Path withRule(String pattern) throws Exception {
        Files.createDirectories(dir);
        for (String file : List.of("responsiveness.drl", "follow-up.drl", "non-discrimination.drl", "settings.yaml")) {
            Files.copy(Path.of("rules", file), dir.resolve(file));
        }
        Files.writeString(dir.resolve("extra.drl"), EXTRA_RULE.formatted(pattern));
        return dir;
    }

    private interface Load {
        RuleSet get() throws Exception;
    }

    private static RuleSet withCache(String cache, Load load) throws Exception {
        String before = System.getProperty(ModelCache.PROPERTY);
        if (cache.equals("off")) {
            System.setProperty(ModelCache.PROPERTY, "off");
        }
        try {
            return load.get();
        } finally {
            if (before == null) {
                System.clearProperty(ModelCache.PROPERTY);
            } else {
                System.setProperty(ModelCache.PROPERTY, before);
            }
        }
    }
}
