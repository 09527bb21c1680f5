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
}
