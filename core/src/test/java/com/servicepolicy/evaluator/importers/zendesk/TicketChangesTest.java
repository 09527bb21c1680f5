package com.servicepolicy.evaluator.importers.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.importers.ImportRun;
import com.servicepolicy.evaluator.ingest.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Status and priority changes become the events docs/importers/zendesk.md gives (type, status, priority, agent), on
 * random runs of changes, against a model that follows the page's table one case at a time; rejected values are
 * rejected rows and leave the status as it was.
 */
class TicketChangesTest {
    private static final String[] STATUSES = {"new", "open", "pending", "hold", "solved", "closed", "Open", "PENDING",
            "escalated", ""};
    private static final String[] PRIORITIES = {"low", "normal", "high", "urgent", "Urgent", "critical"};
    private static final String[] AUTHORS = {"30001", "30002", null};

    @Test
    void everyChangeMakesTheEventsOfTheTable() throws Exception {
        Random random = new Random(13);
        for (int run = 0; run < 300; run++) {
            List<String> audits = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            List<Long> rejectedEvents = new ArrayList<>();
            audits.add("{\"id\": 1, \"ticket_id\": 7, \"created_at\": \"2026-03-02T09:00:00Z\", \"author_id\": 20001, "
                    + "\"events\": [{\"id\": 1, \"type\": \"Create\", \"field_name\": \"status\", \"value\": \"new\"}]}");
            expected.add("OPENED status=null priority=NORMAL agent=null");
            String status = "new";
            for (int n = 2; n < 2 + random.nextInt(12); n++) {
                String author = AUTHORS[random.nextInt(AUTHORS.length)];
                boolean isStatus = random.nextInt(3) > 0;
                String value = isStatus ? STATUSES[random.nextInt(STATUSES.length)] : PRIORITIES[random.nextInt(PRIORITIES.length)];
                String valueJson = random.nextInt(15) == 0 ? "null" : "\"" + value + "\"";
                if (valueJson.equals("null")) {
                    value = isStatus ? "" : "normal";
                }
                audits.add("{\"id\": " + n + ", \"ticket_id\": 7, \"created_at\": \"" + Instant.parse("2026-03-02T09:00:00Z")
                        .plusSeconds(60L * n) + "\"" + (author == null ? "" : ", \"author_id\": " + author) + ", \"events\": [{\"id\": "
                        + n + ", \"type\": \"Change\", \"field_name\": \"" + (isStatus ? "status" : "priority") + "\", \"value\": "
                        + valueJson + "}]}");
                String to = value.toLowerCase(Locale.ROOT);
                if (isStatus) {
                    boolean done = status.equals("solved") || status.equals("closed");
                    String made = switch (to) {
                        case "new", "open" -> done ? "REOPENED status=null priority=null agent=null"
                                : status.equals("pending") || status.equals("hold") ? "STATUS_CHANGED status=OPEN priority=null agent=" + author
                                : "";
                        case "pending" -> "STATUS_CHANGED status=PENDING priority=null agent=" + author;
                        case "hold" -> "STATUS_CHANGED status=ON_HOLD priority=null agent=" + author;
                        case "solved", "closed" -> done ? "" : "RESOLVED status=null priority=null agent=" + author;
                        default -> null;
                    };
                    if (made == null) {
                        rejectedEvents.add((long) n);
                        continue;
                    }
                    status = to;
                    if (!made.isEmpty()) {
                        expected.add(made);
                    }
                } else if (Set.of("low", "normal", "high", "urgent").contains(to)) {
                    expected.add("PRIORITY_CHANGED status=null priority=" + to.toUpperCase(Locale.ROOT) + " agent=" + author);
                } else {
                    rejectedEvents.add((long) n);
                }
            }
            String document = "{\"tickets\": [], \"audits\": [\n" + String.join(",\n", audits) + "\n]}";
            ImportRun imported = ImportRun.of("zendesk", document);
            List<String> made = new ArrayList<>();
            for (Event e : imported.events) {
                made.add(e.getType() + " status=" + e.getStatus() + " priority=" + e.getPriority() + " agent=" + e.getAgentId());
            }
            assertThat(made).as(document).containsExactlyElementsOf(expected);
            assertThat(imported.rejections).as(document).extracting(Rejection::line)
                    .containsExactlyElementsOf(rejectedEvents.stream().map(n -> n + 1).toList()); // line n + 1: audit n
        }
    }

    /**
     * The OPENED of a ticket takes from the audit's Create events (the last of each field; one set to null stays null)
     * its requester, priority and group, else the ticket's own, else (the requester) the audit's author: against a map of
     * the Create events, as the conversion first read them.
     */
    @Test
    void theOpeningTakesTheLastCreateOfEachField() throws Exception {
        Random random = new Random(31);
        String[] fields = {"requester_id", "priority", "group_id", "status", "subject"};
        String[][] values = {{"20001", "20002", null}, {"low", "high", "urgent", null}, {"360001", "360002", null},
                {"new", "open"}, {"Help", null}};
        for (int run = 0; run < 400; run++) {
            java.util.Map<String, String> created = new java.util.LinkedHashMap<>();
            List<String> events = new ArrayList<>();
            for (int e = random.nextInt(7); e > 0; e--) {
                int f = random.nextInt(fields.length);
                String value = values[f][random.nextInt(values[f].length)];
                String type = random.nextInt(6) == 0 ? "Change" : "Create";
                if (type.equals("Create")) {
                    created.put(fields[f], value);
                }
                events.add("{\"id\": " + (e + 10) + ", \"type\": \"" + type + "\", \"field_name\": \"" + fields[f]
                        + "\", \"value\": " + (value == null ? "null" : "\"" + value + "\"") + "}");
            }
            events.add("{\"id\": 1, \"type\": \"Create\", \"field_name\": \"type\", \"value\": \"question\"}");
            created.put("type", "question");
            boolean listed = random.nextBoolean();
            String ticket = listed ? "{\"id\": 7, \"requester_id\": 20009, \"priority\": \"normal\", \"group_id\": 360009}" : "";
            String document = "{\"tickets\": [" + ticket + "], \"audits\": [\n{\"id\": 1, \"ticket_id\": 7, "
                    + "\"created_at\": \"2026-03-02T09:00:00Z\", \"author_id\": 20005, \"events\": [" + String.join(", ", events) + "]}\n]}";
            ImportRun imported = ImportRun.of("zendesk", document);
            String requester = created.get("requester_id") != null ? created.get("requester_id") : listed ? "20009" : "20005";
            String priority = created.getOrDefault("priority", listed ? "normal" : null);
            String group = created.getOrDefault("group_id", listed ? "360009" : null);
            Event opened = imported.events.stream().filter(e -> e.getType().name().equals("OPENED")).findFirst().orElseThrow();
            assertThat(opened.getCustomerId()).as(document).isEqualTo(requester);
            assertThat(opened.getPriority().name()).as(document).isEqualTo(priority == null ? "NORMAL" : priority.toUpperCase(Locale.ROOT));
            assertThat(opened.getQueue()).as(document).isEqualTo(group);
        }
    }
}
