#!/usr/bin/env python3
"""Writes the benchmark request bodies: one interaction (3 events) and 1,000 events (250 interactions)."""
import json, datetime as dt

def interaction(n, day):
    t0 = dt.datetime(2026, 3, 1, 8, tzinfo=dt.timezone.utc) + dt.timedelta(days=day)
    at = lambda h: (t0 + dt.timedelta(hours=h)).strftime("%Y-%m-%dT%H:%M:%SZ")
    c, i = f"cust-{n % 97:03d}", f"T-{n:05d}"
    return [
        {"eventId": f"ev-{n}-1", "type": "OPENED", "at": at(0), "customerId": c, "interactionId": i,
         "channel": "EMAIL", "priority": ["LOW", "NORMAL", "HIGH", "URGENT"][n % 4], "category": "COMPLAINT", "topic": "billing"},
        {"eventId": f"ev-{n}-2", "type": "AGENT_REPLY", "at": at(2 + n % 7), "customerId": c, "interactionId": i, "agentId": "ag-1"},
        {"eventId": f"ev-{n}-3", "type": "CUSTOMER_MESSAGE", "at": at(10), "customerId": c, "interactionId": i},
        {"eventId": f"ev-{n}-4", "type": "RESOLVED", "at": at(30 + n % 50), "customerId": c, "interactionId": i, "agentId": "ag-1"},
    ]

one = {"events": interaction(1, 0)[:3], "asOf": "2026-03-02T08:00:00Z"}
many = {"events": [e for n in range(250) for e in interaction(n, n % 20)], "asOf": "2026-03-25T00:00:00Z"}
json.dump(one, open("one-interaction.json", "w"))
json.dump(many, open("thousand-events.json", "w"))
json.dump({"events": [], "asOf": "2026-03-02T08:00:00Z"}, open("empty.json", "w"))
print(len(many["events"]), "events")
