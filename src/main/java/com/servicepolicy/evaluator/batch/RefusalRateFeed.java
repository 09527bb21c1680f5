package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.EvaluationRun;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the rule sets' whole-log rules (FAIR-003) on refusal counts aggregated in the database over
 * the fairness window, so that the DRL, not Java, decides what is disparate.
 *
 * <p>Interim work-around: the engine can only tally refusals from events, so each attribute
 * profile (one combination of group labels) is fed as synthetic customers whose synthetic
 * interactions are opened and, at the same instant, refused with a legitimate reason or resolved
 * (category OTHER, no topic): such interactions trip no per-interaction rule. Only violations with
 * neither interaction nor event are kept. Cost: two facts per interaction of the window. The engine
 * API that removes this: {@code EvaluationRun.addRefusalCounts(Collection<GroupRefusalRate>)}
 * (or {@code Evaluator.evaluateRates(Instant asOf, Collection<GroupRefusalRate>)}).
 */
final class RefusalRateFeed {
    private static final String PREFIX = "\u0000fairness-";
    private static final int PER_CUSTOMER = 500;

    private RefusalRateFeed() {
    }

    /** {@code profiles}: attribute profile to {interactions, refused}. */
    static List<Violation> evaluate(Evaluator evaluator, long asOf, Map<Map<String, String>, long[]> profiles) {
        List<Customer> customers = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        int p = 0;
        for (var profile : profiles.entrySet()) {
            long opened = profile.getValue()[0];
            long refused = profile.getValue()[1];
            for (long done = 0; done < opened; done += PER_CUSTOMER) {
                long n = Math.min(PER_CUSTOMER, opened - done);
                long x = Math.max(0, Math.min(n, refused - done));
                customers.add(new Customer(PREFIX + p + "-" + done, profile.getKey()));
                counts.add(new long[] {n, x});
            }
            p++;
        }
        long at = asOf - 1;
        EvaluationRun run = evaluator.start(Instant.ofEpochMilli(asOf), customers, false);
        List<Event> group = new ArrayList<>();
        for (int c = 0; c < customers.size(); c++) {
            String customer = customers.get(c).customerId();
            long[] nx = counts.get(c);
            for (long i = 0; i < nx[0]; i++) {
                String interaction = customer + "-" + i;
                group.add(Event.builder().eventId(interaction + "-o").type(EventType.OPENED).atMillis(at)
                        .customerId(customer).interactionId(interaction).priority(Priority.NORMAL)
                        .category(Category.OTHER).sequence(0).build());
                boolean refused = i < nx[1];
                group.add(Event.builder().eventId(interaction + "-c")
                        .type(refused ? EventType.REFUSED : EventType.RESOLVED).atMillis(at)
                        .customerId(customer).interactionId(interaction)
                        .reasonCode(refused ? "NON_PAYMENT" : null).sequence(1).build());
            }
            if (group.size() >= 2_000) {
                run.evaluateGroup(group);
                group = new ArrayList<>();
            }
        }
        run.evaluateGroup(group);
        return run.finish().violations().stream()
                .filter(v -> v.interactionId() == null && v.eventId() == null)
                .filter(v -> v.customerId() == null || !v.customerId().startsWith(PREFIX))
                .toList();
    }
}
