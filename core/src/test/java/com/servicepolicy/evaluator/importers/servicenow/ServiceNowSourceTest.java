package com.servicepolicy.evaluator.importers.servicenow;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.importers.ImportRun;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.Rejection;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ServiceNow incident audit importer, row by row on hand-written rows and in total on the real excerpt. */
class ServiceNowSourceTest {
    private static final String HEADER = "number,incident_state,sys_mod_count,made_sla,caller_id,opened_at,sys_updated_by,"
            + "sys_updated_at,contact_type,category,priority,assignment_group,assigned_to\n";

    private static String row(String number, String state, String updatedAt, String priority, String group) {
        return number + "," + state + ",0,TRUE,Caller 1,29-02-2016 01:00,Updated by 9," + updatedAt + ",Phone,Category 5,"
                + priority + "," + group + ",Resolver 3\n";
    }

    @Test
    void everyStateChangeBecomesItsEventAndRowsThatChangeNothingAreSkippedWithTheirReason() throws InputFileException {
        String csv = HEADER
                + row("INC1", "New", "29-02-2016 01:05", "3 - Moderate", "Group 1")             // 2: OPENED
                + row("INC1", "New", "29-02-2016 01:30", "3 - Moderate", "Group 2")             // 3: reassigned
                + row("INC1", "Active", "29-02-2016 02:00", "3 - Moderate", "Group 2")          // 4: first response
                + row("INC1", "Awaiting User Info", "29-02-2016 03:00", "3 - Moderate", "Group 2") // 5: PENDING
                + row("INC1", "Awaiting User Info", "29-02-2016 04:00", "3 - Moderate", "Group 2") // 6: no change
                + row("INC1", "Active", "01-03-2016 03:00", "2 - High", "Group 2")              // 7: OPEN + HIGH
                + row("INC1", "Resolved", "01-03-2016 05:00", "2 - High", "Group 2")            // 8: RESOLVED
                + row("INC1", "Active", "02-03-2016 05:00", "2 - High", "Group 2")              // 9: REOPENED
                + row("INC1", "Awaiting Vendor", "02-03-2016 06:00", "2 - High", "Group 2")     // 10: ON_HOLD
                + row("INC1", "Resolved", "03-03-2016 06:00", "2 - High", "Group 2")            // 11: RESOLVED
                + row("INC1", "Closed", "08-03-2016 06:00", "2 - High", "Group 2")              // 12: closed after resolved
                + row("INC2", "New", "29-02-2016 09:00", "1 - Critical", "?")                  // 13: OPENED
                + row("INC2", "Closed", "29-02-2016 10:00", "1 - Critical", "?");              // 14: closed without resolved
        ImportRun run = ImportRun.of("servicenow", csv);

        assertThat(run.rejections).isEmpty();
        assertThat(run.timeline("INC1")).containsExactly(
                "OPENED@2016-02-29T01:00:00Z",
                "AGENT_REPLY@2016-02-29T02:00:00Z",
                "STATUS_CHANGED(PENDING)@2016-02-29T03:00:00Z",
                "STATUS_CHANGED(OPEN)@2016-03-01T03:00:00Z",
                "PRIORITY_CHANGED(HIGH)@2016-03-01T03:00:00Z",
                "RESOLVED@2016-03-01T05:00:00Z",
                "REOPENED@2016-03-02T05:00:00Z",
                "STATUS_CHANGED(ON_HOLD)@2016-03-02T06:00:00Z",
                "RESOLVED@2016-03-03T06:00:00Z");
        assertThat(run.timeline("INC2")).containsExactly("OPENED@2016-02-29T01:00:00Z", "RESOLVED@2016-02-29T10:00:00Z");
        Event opened = run.events.get(0);
        assertThat(opened.getCustomerId()).isEqualTo("Caller 1");
        assertThat(opened.getChannel().name()).isEqualTo("PHONE");
        assertThat(opened.getPriority().name()).isEqualTo("NORMAL");
        assertThat(opened.getQueue()).isEqualTo("Group 1");
        assertThat(opened.getTopic()).isEqualTo("Category 5");
        assertThat(opened.getCategory().name()).isEqualTo("SUPPORT");
        assertThat(run.events.stream().filter(e -> e.getInteractionId().equals("INC2")).findFirst().orElseThrow()
                .getPriority().name()).isEqualTo("URGENT");
        assertThat(run.events.get(1).getAgentId()).isEqualTo("Resolver 3");
        assertThat(run.events.get(1).getSequence()).as("the row the event came from").isEqualTo(4);

        var summary = run.summary();
        assertThat(summary.rows()).isEqualTo(13);
        assertThat(summary.converted()).isEqualTo(10);
        assertThat(summary.events()).isEqualTo(11);
        assertThat(summary.skippedByReason()).isEqualTo(Map.of(IncidentConversion.REASSIGNED, 1L,
                IncidentConversion.NO_CHANGE, 1L, IncidentConversion.CLOSED_AFTER_RESOLVED, 1L));
    }

    @Test
    void rowsThatCannotBeMappedAreRejectedWithTheirRowAndReasonAndTheRestIsConverted() throws InputFileException {
        String csv = HEADER
                + row("INC1", "New", "29-02-2016 01:05", "3 - Moderate", "Group 1")
                + row("INC1", "Pondering", "29-02-2016 02:00", "3 - Moderate", "Group 1")       // 3: unknown state
                + row("INC1", "Active", "2016-02-29 03:00", "3 - Moderate", "Group 1")          // 4: time in another form
                + row("INC1", "Active", "29-02-2016 04:00", "9 - Whenever", "Group 1")          // 5: unknown priority
                + row("INC1", "Active", "29-02-2016 05:00", "3 - Moderate", "Group 1").replace("\n", ",x,y\n") // 6: too many cells
                + "INC2,New,0,TRUE,?,29-02-2016 01:00,Updated by 9,29-02-2016 06:00,Phone,Category 5,3 - Moderate,G,?\n" // 7: no caller
                + "INC2,Resolved,1,TRUE,?,29-02-2016 01:00,Updated by 9,29-02-2016 07:00,Phone,Category 5,3 - Moderate,G,?\n" // 8
                + row("INC3", "New", "29-02-2016 08:00", "3 - Moderate", "G").replace("Phone", "Carrier pigeon"); // 9
        ImportRun run = ImportRun.of("servicenow", csv);

        assertThat(run.rejections).extracting(Rejection::line, Rejection::field, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, null, "incident_state: 'Pondering' is not a state this importer maps"),
                org.assertj.core.groups.Tuple.tuple(4L, null, "sys_updated_at: '2016-02-29 03:00' is not a time of the form dd-MM-yyyy HH:mm"),
                org.assertj.core.groups.Tuple.tuple(5L, null, "priority: '9 - Whenever' is not a ServiceNow priority (1 - Critical … 5 - Planning)"),
                org.assertj.core.groups.Tuple.tuple(6L, null, "15 cells but the header has 13 columns"),
                org.assertj.core.groups.Tuple.tuple(7L, null, "caller_id: unknown ('?') on incident INC2, so none of its rows has a customer"),
                org.assertj.core.groups.Tuple.tuple(8L, null, "caller_id: unknown ('?') on incident INC2, so none of its rows has a customer"),
                org.assertj.core.groups.Tuple.tuple(9L, "channel", "contact_type 'Carrier pigeon' is not a channel this importer maps"));
        assertThat(run.rejections).allMatch(r -> r.source().equals("test.csv"));
        assertThat(run.timeline("INC1")).containsExactly("OPENED@2016-02-29T01:00:00Z");
        var summary = run.summary();
        assertThat(summary.rows()).isEqualTo(8);
        assertThat(summary.rejected()).isEqualTo(6);
        assertThat(summary.converted()).isEqualTo(2); // INC1's opening, INC3's rejected-by-field opening
        assertThat(run.stats.rejected()).isEqualTo(7);
        assertThat(run.stats.read()).isEqualTo(run.stats.accepted() + run.stats.rejected());
    }

    @Test
    void localTimesAreReadInTheZoneGivenAsAnOption() throws InputFileException {
        String csv = HEADER + row("INC1", "New", "29-02-2016 01:05", "3 - Moderate", "G");
        assertThat(ImportRun.of("servicenow", csv, "zone=America/New_York").timeline("INC1"))
                .containsExactly("OPENED@2016-02-29T06:00:00Z");
        assertThatThrownBy(() -> ImportRun.of("servicenow", csv, "zone=Mars/Olympus"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("not a time zone");
        assertThatThrownBy(() -> ImportRun.of("servicenow", csv, "silence=2h"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("has no option 'silence'");
    }

    @Test
    void aHeaderWithoutTheAuditColumnsIsAFileError() {
        assertThatThrownBy(() -> ImportRun.of("servicenow", "number,state\nINC1,New\n"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("lacks the columns incident_state, sys_updated_at, opened_at, caller_id, priority");
    }

    @Test
    void theRealExcerptIsAccountedForRowByRow() throws InputFileException {
        ImportRun run = ImportRun.ofFile("servicenow:" + ImportRun.project("samples/real/incidents.servicenow.csv"));
        var summary = run.summary();
        assertThat(summary.rows()).isEqualTo(603);
        assertThat(summary.converted() + summary.skipped() + summary.rejected()).isEqualTo(603);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.events()).isEqualTo(run.events.size()).isEqualTo(290);
        // counted independently with a few lines of Python over the same CSV, following docs/importers/servicenow.md
        assertThat(run.countsByType()).isEqualTo(Map.of("OPENED", 100L, "AGENT_REPLY", 53L, "STATUS_CHANGED", 28L,
                "PRIORITY_CHANGED", 5L, "RESOLVED", 102L, "REOPENED", 2L));
        // INC0000047 waits on its caller for 38 minutes before it is resolved
        assertThat(run.timeline("INC0000047")).containsExactly("OPENED@2016-02-29T04:40:00Z",
                "AGENT_REPLY@2016-02-29T05:30:00Z", "STATUS_CHANGED(PENDING)@2016-03-01T09:14:00Z",
                "RESOLVED@2016-03-01T09:52:00Z");
    }
}
