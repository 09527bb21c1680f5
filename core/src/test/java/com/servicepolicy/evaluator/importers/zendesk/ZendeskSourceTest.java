package com.servicepolicy.evaluator.importers.zendesk;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.importers.ImportRun;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Zendesk tickets and audits (the hand-made fixture samples/real/tickets.zendesk.json, in the API's documented shape). */
class ZendeskSourceTest {
    private static final String FIXTURE = "zendesk:" + ImportRun.project("samples/real/tickets.zendesk.json");

    @Test
    void auditsBecomeTheTicketsEventsCommentByCommentAndChangeByChange() throws InputFileException {
        ImportRun run = ImportRun.ofFile(FIXTURE);
        assertThat(run.timeline("35436")).containsExactly("OPENED@2026-03-02T09:00:00Z",
                "AGENT_REPLY@2026-03-02T11:30:00Z",                       // private comment: an internal note
                "AGENT_REPLY@2026-03-02T14:00:00Z", "STATUS_CHANGED(PENDING)@2026-03-02T14:00:00Z",
                "CUSTOMER_MESSAGE@2026-03-03T08:00:00Z", "STATUS_CHANGED(OPEN)@2026-03-03T08:00:00Z",
                "RESOLVED@2026-03-03T09:00:00Z");                         // closed after solved: nothing more
        Event opened = run.events.get(0);
        assertThat(opened.getCustomerId()).isEqualTo("20001");
        assertThat(opened.getChannel().name()).isEqualTo("EMAIL");
        assertThat(opened.getPriority().name()).isEqualTo("HIGH");
        assertThat(opened.getQueue()).isEqualTo("360001");
        assertThat(opened.getCategory().name()).isEqualTo("SUPPORT");
        assertThat(run.events.get(1).isInternal()).isTrue();
        assertThat(run.events.get(2).isInternal()).isFalse();
        assertThat(run.events.get(2).getAgentId()).isEqualTo("30001");

        assertThat(run.timeline("35437")).containsExactly("OPENED@2026-03-02T10:00:00Z",
                "PRIORITY_CHANGED(URGENT)@2026-03-02T10:20:00Z", "AGENT_REPLY@2026-03-02T13:00:00Z",
                "STATUS_CHANGED(ON_HOLD)@2026-03-02T13:00:00Z");
        assertThat(run.events.stream().filter(e -> e.getInteractionId().equals("35437")).findFirst().orElseThrow()
                .getCategory().name()).isEqualTo("INQUIRY");

        assertThat(run.rejections).extracting(Rejection::line, Rejection::reason).containsExactly(
                tuple(67L, "created_at: 'yesterday' is not an ISO-8601 time (audit 9104)"),
                tuple(72L, "status: 'escalated' is not a Zendesk status (new, open, pending, hold, solved, closed) (event 29)"));
        var summary = run.summary();
        assertThat(summary.rows()).isEqualTo(24);
        assertThat(summary.converted()).isEqualTo(11);
        assertThat(summary.skipped()).isEqualTo(11);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(summary.skippedByReason()).containsEntry(TicketConversion.SET_AT_CREATION, 6L)
                .containsEntry(TicketConversion.CLOSED_AFTER_SOLVED, 1L).containsEntry(TicketConversion.REASSIGNED, 1L);
    }

    @Test
    void aDocumentThatIsNotTheApisShapeIsAFileError() {
        assertThatThrownBy(() -> ImportRun.of("zendesk", "[1, 2]")).isInstanceOf(InputFileException.class)
                .hasMessageContaining("expected a JSON object with \"audits\"");
        assertThatThrownBy(() -> ImportRun.of("zendesk", "{\"audits\": [ {\"id\": 1,")).isInstanceOf(InputFileException.class)
                .hasMessageContaining("not valid JSON");
    }

    /**
     * qa15: a JSON object of another shape (the tickets response alone, "audits" that is not an array) was read as
     * an export of no row, exit 0, where docs/importers/zendesk.md asks for "one JSON object holding the audits array".
     */
    @Test
    void anObjectWithoutAnAuditsArrayIsAFileErrorNotAnEmptyExport() {
        for (String document : new String[] {"{}", "{\"tickets\": []}", "{\"count\": 0}"}) {
            assertThatThrownBy(() -> ImportRun.of("zendesk", document)).as(document).isInstanceOf(InputFileException.class)
                    .hasMessageContaining("no \"audits\" array");
        }
        assertThatThrownBy(() -> ImportRun.of("zendesk", "{\"audits\": 5, \"tickets\": []}")).isInstanceOf(InputFileException.class)
                .hasMessageContaining("\"audits\" at line 1 is not an array");
        assertThatThrownBy(() -> ImportRun.of("zendesk", "{\"audits\": [],\n \"tickets\": \"x\"}")).isInstanceOf(InputFileException.class)
                .hasMessageContaining("\"tickets\" at line 2 is not an array");
    }
}
