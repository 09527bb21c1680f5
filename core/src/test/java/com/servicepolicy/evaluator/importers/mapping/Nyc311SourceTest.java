package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.importers.ImportRun;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** NYC 311 through its built-in mapping, on rows of the real excerpts in samples/real. */
class Nyc311SourceTest {
    private static final String Y2013 = "nyc311:" + ImportRun.project("samples/real/requests-2013-12-25.nyc311.csv");
    private static final String Y2022 = "nyc311:" + ImportRun.project("samples/real/requests-2022-05-01.nyc311.csv");

    @Test
    void aClosedRequestOpensIsAnsweredAndResolvedInNewYorkTime() throws Exception {
        ImportRun run = ImportRun.ofFile(Y2013);
        // 26984072: Blocked Driveway, NYPD, created 12/25/2013 11:59:08 PM, action and closing 12/26/2013 01:15:00 AM (EST = UTC-5)
        assertThat(run.timeline("26984072")).containsExactly("OPENED@2013-12-26T04:59:08Z",
                "AGENT_REPLY@2013-12-26T06:15:00Z", "RESOLVED@2013-12-26T06:15:00Z");
        Event opened = run.events.get(0);
        assertThat(opened.getCustomerId()).isEqualTo("311-26984072");
        assertThat(opened.getQueue()).isEqualTo("NYPD");
        assertThat(opened.getTopic()).isEqualTo("Blocked Driveway");
        assertThat(opened.getPriority().name()).isEqualTo("HIGH");
        assertThat(opened.getChannel()).as("the 2013 extract has no channel column").isNull();
        // 26996604: an open Elevator request, nothing after its opening
        assertThat(run.timeline("26996604")).containsExactly("OPENED@2013-12-26T04:58:40Z");
        assertThat(run.events.stream().filter(e -> e.getInteractionId().equals("26996604")).findFirst().orElseThrow()
                .getPriority().name()).isEqualTo("URGENT");
        var summary = run.summary();
        assertThat(summary.rows()).isEqualTo(300);
        assertThat(summary.converted()).isEqualTo(300);
        assertThat(run.rejections).isEmpty();
        // counted independently over the CSV (Python's csv module): 300 rows, 284 with an action date, 280 Closed
        assertThat(run.countsByType()).isEqualTo(Map.of("OPENED", 300L, "AGENT_REPLY", 284L, "RESOLVED", 280L));
    }

    @Test
    void theOpenDataChannelIsMappedWhereTheExtractHasIt() throws Exception {
        ImportRun run = ImportRun.ofFile(Y2022);
        // 54049402: ONLINE, created 05/01/2022 12:00:03 AM (EDT = UTC-4), In Progress
        assertThat(run.timeline("54049402")).containsExactly("OPENED@2022-05-01T04:00:03Z");
        assertThat(run.events.get(0).getChannel().name()).isEqualTo("WEB");
        assertThat(run.events.stream().filter(e -> e.getType().name().equals("OPENED"))
                .map(e -> String.valueOf(e.getChannel())).distinct().sorted().toList())
                .containsExactly("PHONE", "WEB", "null");
    }
}
