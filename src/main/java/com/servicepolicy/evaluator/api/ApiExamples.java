package com.servicepolicy.evaluator.api;

/**
 * Request examples for the OpenAPI document, in the shape of samples/events.jsonl (shared/spec/event-log.md):
 * a HIGH-priority complaint answered after 6 hours, then resolved.
 */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String EVALUATION_REQUEST = """
            {
              "events": [
                {"eventId": "e1", "type": "OPENED", "at": "2026-03-20T08:00:00Z", "customerId": "c1",
                 "interactionId": "i1", "channel": "EMAIL", "priority": "HIGH", "category": "COMPLAINT", "topic": "billing"},
                {"eventId": "e2", "type": "AGENT_REPLY", "at": "2026-03-20T14:00:00Z", "customerId": "c1",
                 "interactionId": "i1", "agentId": "a7"},
                {"eventId": "e3", "type": "RESOLVED", "at": "2026-03-21T09:00:00Z", "customerId": "c1",
                 "interactionId": "i1", "agentId": "a7"}
              ],
              "customers": [{"customerId": "c1", "disability": "yes"}],
              "asOf": "2026-03-25T09:00:00Z"
            }
            """;

    static final String EVENT_LOG = """
            {"eventId":"e1","type":"OPENED","at":"2026-03-20T08:00:00Z","customerId":"c1","interactionId":"i1","channel":"EMAIL","priority":"HIGH","category":"COMPLAINT"}
            {"eventId":"e2","type":"AGENT_REPLY","at":"2026-03-20T14:00:00Z","customerId":"c1","interactionId":"i1","agentId":"a7"}
            """;

    static final String DRL = """
            package policies.custom;
            import com.servicepolicy.evaluator.policy.Interaction;
            global com.servicepolicy.evaluator.policy.ViolationCollector violations;
            rule "Flag urgent complaints"
                @code("CUST-001") @name("URGENT_COMPLAINT") @policy("custom") @severity("INFO")
                @actions("ESCALATE_TO_SUPERVISOR") @description("An urgent complaint was opened.")
            when
                $i : Interaction( priority == com.servicepolicy.evaluator.event.Priority.URGENT )
            then
                violations.report(kcontext, $i.getInteractionId()).customer($i.getCustomerId()).interaction($i.getInteractionId());
            end
            """;
}
