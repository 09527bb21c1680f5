package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GroupCountsTest {
    private static final long AS_OF = Instant.parse("2026-03-20T23:59:59.999Z").toEpochMilli();

    /** Group counts handed to the engine judge exactly as the engine judges the events they count. */
    @Test
    void countsGiveTheSameFair003AsTheEventsTheyCount() throws Exception {
        RuleSet rules = RuleSetLoader.load(Path.of("rules"));
        Evaluator evaluator = new Evaluator(rules);
        List<Customer> customers = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        // disability=yes: 60 interactions, 24 refused; no: 200, 20 refused; ageBand=65+: 30, 3; 18-24: 230, 41
        for (int c = 0; c < 260; c++) {
            boolean disabled = c < 60;
            customers.add(new Customer("c" + c, Map.of("disability", disabled ? "yes" : "no",
                    "ageBand", c % 26 == 0 || c >= 250 ? "65+" : "18-24")));
            boolean refused = disabled ? c % 5 < 2 : c % 10 == 0;
            long at = AS_OF - 3_600_000L - c;
            events.add(Event.builder().eventId("o" + c).type(EventType.OPENED).atMillis(at).customerId("c" + c)
                    .interactionId("i" + c).priority(Priority.NORMAL).sequence(2L * c).build());
            events.add(Event.builder().eventId("x" + c).type(refused ? EventType.REFUSED : EventType.RESOLVED)
                    .atMillis(at + 1).customerId("c" + c).interactionId("i" + c)
                    .reasonCode(refused ? "NON_PAYMENT" : null).sequence(2L * c + 1).build());
        }
        List<Violation> fromEvents = evaluator.evaluate(events, customers, Instant.ofEpochMilli(AS_OF)).violations()
                .stream().filter(v -> v.code().equals("FAIR-003")).toList();
        List<LogEvaluation.GroupCount> counts = List.of(new LogEvaluation.GroupCount("ageBand", "18-24", countAge(customers, events, "18-24", false),
                        countAge(customers, events, "18-24", true)),
                new LogEvaluation.GroupCount("ageBand", "65+", countAge(customers, events, "65+", false),
                        countAge(customers, events, "65+", true)),
                new LogEvaluation.GroupCount("disability", "no", 200, 20), new LogEvaluation.GroupCount("disability", "yes", 60, 24));

        List<Violation> fromCounts = new LogEvaluation(EvaluationLimits.DEFAULTS)
                .judgeGroupCounts(rules, Instant.ofEpochMilli(AS_OF), counts);

        assertThat(fromEvents).extracting(Violation::subject).contains("disability=yes");
        assertThat(fromCounts).isEqualTo(fromEvents);
    }

    private static long countAge(List<Customer> customers, List<Event> events, String band, boolean refusedOnly) {
        return customers.stream().filter(c -> c.attributes().get("ageBand").equals(band))
                .filter(c -> !refusedOnly || events.stream().anyMatch(e -> e.getCustomerId().equals(c.customerId())
                        && e.getType() == EventType.REFUSED))
                .count();
    }
}
