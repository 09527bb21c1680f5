package com.servicepolicy.evaluator.api;

/**
 * Request examples for the OpenAPI document, taken from samples/events.jsonl and samples/customers.csv:
 * interaction T-1001, HIGH priority, first answered after 5 h 30 m (T1 is 4 h), resolved 30 minutes later.
 */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String EVALUATION_REQUEST = """
            {
              "events": [
                {"eventId":"ev-0001","type":"OPENED","at":"2026-03-16T08:00:00Z","customerId":"cust-001","interactionId":"T-1001","channel":"EMAIL","priority":"HIGH","category":"SUPPORT","topic":"login"},
                {"eventId":"ev-0002","type":"AGENT_REPLY","at":"2026-03-16T13:30:00Z","customerId":"cust-001","interactionId":"T-1001","agentId":"ag-07"},
                {"eventId":"ev-0003","type":"RESOLVED","at":"2026-03-16T14:00:00Z","customerId":"cust-001","interactionId":"T-1001","agentId":"ag-07"}
              ],
              "customers": [{"customerId": "cust-001", "disability": "yes"}],
              "asOf": "2026-03-20T00:00:00Z"
            }
            """;

    static final String EVENT_LOG = """
            {"eventId":"ev-0001","type":"OPENED","at":"2026-03-16T08:00:00Z","customerId":"cust-001","interactionId":"T-1001","channel":"EMAIL","priority":"HIGH","category":"SUPPORT","topic":"login"}
            {"eventId":"ev-0002","type":"AGENT_REPLY","at":"2026-03-16T13:30:00Z","customerId":"cust-001","interactionId":"T-1001","agentId":"ag-07"}
            {"eventId":"ev-0003","type":"RESOLVED","at":"2026-03-16T14:00:00Z","customerId":"cust-001","interactionId":"T-1001","agentId":"ag-07"}
            """;

    static final String DRL = """
            package policies.custom;
            import com.servicepolicy.evaluator.policy.Interaction;
            global com.servicepolicy.evaluator.engine.ViolationCollector violations;
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
