package com.servicepolicy.evaluator.importers.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicepolicy.evaluator.importers.ImportRun;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.InputFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The audits' trees made on worker threads, in batches of any size, and the tickets converted there in slices of any
 * size, give exactly what trees made and tickets converted on the reading thread give (a UTF-16 document, whose parser counts characters, not bytes, is still read that way): the same events,
 * rejections, duplicates and row summary, with tickets before, between and after the audits; and a broken document
 * fails with the same line and reason.
 */
class ZendeskBatchesTest {
    @Test
    void theResultDoesNotDependOnHowTheAuditsAreBatched() throws IOException, InputFileException {
        String sample = Files.readString(ImportRun.project("samples/real/tickets.zendesk.json"));
        String doubled = twoAuditArraysAndTicketsBetween(sample);
        for (String document : new String[] {sample, doubled}) {
            String onTheReadingThread = transcript(document, StandardCharsets.UTF_16, 1 << 20, 1 << 20);
            assertThat(onTheReadingThread).contains("OPENED", "AGENT_REPLY", "is not an ISO-8601 time", "rows=");
            for (int batch : new int[] {1, 100, 700, 5000, 1 << 20}) {
                for (int slice : new int[] {1, 2, 5, 1 << 20}) {
                    assertThat(transcript(document, StandardCharsets.UTF_8, batch, slice))
                            .as("batches of %d bytes, slices of %d audits", batch, slice).isEqualTo(onTheReadingThread);
                }
            }
        }
        assertThat(transcript(doubled, StandardCharsets.UTF_8, 1, 1)).contains("DUPLICATE");
    }

    @Test
    void aBrokenAuditFailsWithTheSameLineAndReason() throws IOException {
        String sample = Files.readString(ImportRun.project("samples/real/tickets.zendesk.json"));
        int at = sample.indexOf("\"created_at\"", sample.lastIndexOf("\"audits\""));
        String broken = sample.substring(0, at) + "\"created_at\": tomorrow, " + sample.substring(at);
        for (int batch : new int[] {1, 1 << 20}) {
            assertThatThrownBy(() -> transcript(broken, StandardCharsets.UTF_8, batch, 1)).isInstanceOf(InputFileException.class)
                    .hasMessage(message(() -> transcript(broken, StandardCharsets.UTF_16, batch, 1 << 20)))
                    .hasMessageContaining("not valid JSON at line");
        }
    }

    /** The sample's audits twice (the second time as a second "audits" property), with its tickets between them. */
    private static String twoAuditArraysAndTicketsBetween(String sample) {
        int audits = sample.indexOf("\"audits\"");
        int tickets = sample.indexOf("\"tickets\"");
        assertThat(tickets).as("the sample lists its tickets first").isLessThan(audits);
        String auditsProperty = sample.substring(audits, sample.lastIndexOf('}')).trim();
        String ticketsProperty = sample.substring(tickets, audits).trim(); // ends with its comma
        return "{" + auditsProperty + ",\n" + ticketsProperty + "\n" + auditsProperty + "}\n";
    }

    private static String transcript(String document, Charset charset, int batchBytes, int ticketSlice) throws InputFileException {
        ImportRun run = new ImportRun();
        new EventLogReader().read(new ByteArrayInputStream(document.getBytes(charset)), new ZendeskSource(batchBytes, ticketSlice),
                "test.zendesk.json", run);
        StringBuilder out = new StringBuilder();
        run.events.forEach(e -> out.append(e.getSequence()).append(' ').append(e.getEventId()).append(' ')
                .append(e.getType()).append(' ').append(e.getCustomerId()).append(' ').append(e.instant()).append('\n'));
        run.rejections.forEach(r -> out.append(r).append('\n'));
        run.duplicates.forEach(d -> out.append("DUPLICATE ").append(d).append('\n'));
        out.append(run.summary());
        return out.toString();
    }

    private interface Run {
        void run() throws Exception;
    }

    private static String message(Run run) {
        try {
            run.run();
        } catch (Exception e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a failure");
    }
}
