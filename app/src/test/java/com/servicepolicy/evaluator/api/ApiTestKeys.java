package com.servicepolicy.evaluator.api;

/** The keys configured in application-service-test.properties. */
public final class ApiTestKeys {
    public static final String ADMIN = "test-admin-key-000000000001";
    public static final String EVALUATE = "test-evaluate-key-00000000002";
    public static final String AUTHOR = "test-author-key-0000000000003";
    public static final String AUDITOR = "test-auditor-key-000000000004";
    public static final String HEADER = "X-API-Key";

    private ApiTestKeys() {
    }

    /**
     * A HIGH-priority interaction opened 08:00 and first answered at 14:00 (6 h > T1 4 h), resolved the
     * next day: exactly one RESP-001, by the default catalog, at asOf 2026-03-21T10:00Z.
     */
    public static final String LATE_REPLY = """
            {"events": [
              {"eventId": "e1", "type": "OPENED", "at": "2026-03-20T08:00:00Z", "customerId": "c1",
               "interactionId": "i1", "channel": "EMAIL", "priority": "HIGH", "category": "INQUIRY"},
              {"eventId": "e2", "type": "AGENT_REPLY", "at": "2026-03-20T14:00:00Z", "customerId": "c1",
               "interactionId": "i1", "agentId": "a1"},
              {"eventId": "e3", "type": "RESOLVED", "at": "2026-03-20T15:00:00Z", "customerId": "c1",
               "interactionId": "i1", "agentId": "a1"}
            ],
            "customers": [{"customerId": "c1", "disability": "yes"}],
            "asOf": "2026-03-21T10:00:00Z"}
            """;
}
