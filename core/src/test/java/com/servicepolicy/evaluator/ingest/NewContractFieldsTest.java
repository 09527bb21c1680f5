package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** STATUS_CHANGED, PRIORITY_CHANGED, internal notes and queues, read and refused by the one reader in both formats. */
class NewContractFieldsTest {
    private static final String BASE = "\"at\":\"2026-03-20T08:00:00Z\",\"customerId\":\"c\",\"interactionId\":\"i\"";

    @TempDir
    Path dir;

    private CollectingSink read(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        new EventLogReader().read(file, sink);
        return sink;
    }

    @Test
    void jsonLinesCarryStatusPriorityChangesInternalNotesAndQueues() throws Exception {
        CollectingSink sink = read("e.jsonl",
                "{\"eventId\":\"e1\",\"type\":\"OPENED\"," + BASE + ",\"queue\":\"billing-tier1\"}",
                "{\"eventId\":\"e2\",\"type\":\"STATUS_CHANGED\"," + BASE + ",\"status\":\"PENDING\"}",
                "{\"eventId\":\"e3\",\"type\":\"PRIORITY_CHANGED\"," + BASE + ",\"priority\":\"URGENT\"}",
                "{\"eventId\":\"e4\",\"type\":\"AGENT_REPLY\"," + BASE + ",\"internal\":true}",
                "{\"eventId\":\"e5\",\"type\":\"AGENT_REPLY\"," + BASE + ",\"internal\":false,\"rating\":\"\"}");

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.events).extracting(Event::getQueue, Event::getStatus, Event::getPriority, Event::isInternal)
                .containsExactly(tuple("billing-tier1", null, Priority.NORMAL, false), tuple(null, Status.PENDING, null, false),
                        tuple(null, null, Priority.URGENT, false), tuple(null, null, null, true), tuple(null, null, null, false));
        assertThat(sink.events.get(3).isAgentResponse()).as("an internal note answers nobody").isFalse();
        assertThat(sink.events.get(4).isAgentResponse()).isTrue();
    }

    @Test
    void badValuesAreRejectedNamingTheField() throws Exception {
        CollectingSink sink = read("e.jsonl",
                "{\"eventId\":\"e1\",\"type\":\"STATUS_CHANGED\"," + BASE + "}",
                "{\"eventId\":\"e2\",\"type\":\"STATUS_CHANGED\"," + BASE + ",\"status\":\"WAITING\"}",
                "{\"eventId\":\"e3\",\"type\":\"PRIORITY_CHANGED\"," + BASE + "}",
                "{\"eventId\":\"e4\",\"type\":\"AGENT_REPLY\"," + BASE + ",\"internal\":\"true\"}",
                "{\"eventId\":\"e5\",\"type\":\"AGENT_REPLY\"," + BASE + ",\"internal\":1}");

        assertThat(sink.rejections).extracting(Rejection::line, Rejection::field, Rejection::reason).containsExactly(
                tuple(1L, "status", "required on STATUS_CHANGED"),
                tuple(2L, "status", "unknown value 'WAITING' (expected one of OPEN, PENDING, ON_HOLD)"),
                tuple(3L, "priority", "required on PRIORITY_CHANGED"),
                tuple(4L, "internal", "expected a boolean, got a string"),
                tuple(5L, "internal", "expected a boolean, got a number"));
    }

    @Test
    void csvCellsSayTrueOrFalse() throws Exception {
        CollectingSink sink = read("e.csv", "eventId,type,at,customerId,interactionId,internal,status,queue",
                "e1,AGENT_REPLY,2026-03-20T08:00:00Z,c,i,true,,",
                "e2,AGENT_REPLY,2026-03-20T08:00:00Z,c,i,yes,,",
                "e3,STATUS_CHANGED,2026-03-20T08:00:00Z,c,i,,ON_HOLD,",
                "e4,OPENED,2026-03-20T08:00:00Z,c,i,,,general");

        assertThat(sink.events).extracting(Event::getEventId).containsExactly("e1", "e3", "e4");
        assertThat(sink.events.get(0).isInternal()).isTrue();
        assertThat(sink.events.get(1).getStatus()).isEqualTo(Status.ON_HOLD);
        assertThat(sink.events.get(2).getQueue()).isEqualTo("general");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.toString()).isEqualTo(dir.resolve("e.csv") + ":3: internal: must be true or false, got 'yes'");
        });
    }
}
