package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.generate.GeneratedLog;
import com.servicepolicy.evaluator.generate.GeneratorOptions;
import com.servicepolicy.evaluator.generate.LogGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class ShrinkerTest {

    @Test
    void shrinksToTheEventsThatCauseTheFailure() {
        GeneratedLog log = new LogGenerator(new GeneratorOptions(300, 5)).generate();
        LogCase big = new LogCase("seed 5", log.events(), log.customers(), Instant.parse("2027-01-01T00:00:00Z"));
        // a stand-in for a rule bug: "fails" while some interaction has both an OPENED and a RESOLVED
        Predicate<LogCase> fails = c -> c.events().stream().filter(e -> e.getType() == EventType.RESOLVED).anyMatch(r ->
                c.events().stream().anyMatch(o -> o.getType() == EventType.OPENED && o.getInteractionId().equals(r.getInteractionId())));
        assertThat(fails.test(big)).isTrue();

        LogCase small = new Shrinker(fails).shrink(big);

        assertThat(small.events()).extracting(e -> e.getType()).containsExactlyInAnyOrder(EventType.OPENED, EventType.RESOLVED);
        assertThat(small.customers()).isEmpty();
        assertThat(small.toJsonl()).contains("\"type\":\"RESOLVED\"");
    }
}
