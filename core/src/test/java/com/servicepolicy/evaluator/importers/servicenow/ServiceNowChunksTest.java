package com.servicepolicy.evaluator.importers.servicenow;

import com.servicepolicy.evaluator.importers.ImportRun;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.InputFileException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log read in chunks on worker threads gives exactly the events, rejections, duplicates and row summary of a
 * read in one piece, wherever the chunks end: inside an incident, between two, next to rejected rows.
 */
class ServiceNowChunksTest {
    @Test
    void theResultDoesNotDependOnWhereChunksEnd() throws IOException, InputFileException {
        List<String> lines = new ArrayList<>(Files.readAllLines(ImportRun.project("samples/real/incidents.servicenow.csv")));
        String header = lines.get(0);
        List<String> rows = new ArrayList<>(lines.subList(1, 160));
        // rows that are rejected, inside incidents and between them, and an incident whose rows are not together
        rows.add(3, withCell(rows.get(3), 1, "Pondering"));
        rows.add(10, "a,b");
        rows.add(11, withCell(rows.get(12), 13, "31-02-2016 10:00"));
        rows.add(20, rows.get(0));
        rows.add(40, String.join(",", java.util.Collections.nCopies(60, "x")));
        rows.add(41, withCell(rows.get(41), 7, "\"Caller\n\"\"7\"\"\""));
        String csv = header + "\n" + String.join("\n", rows) + "\n";

        String whole = transcript(csv, Integer.MAX_VALUE / 2);
        assertThat(whole).contains("Pondering", "31-02-2016", "cells but the header has", "DUPLICATE")
                .doesNotContain("malformed");
        for (int chunk : new int[] {1, 7, 100, 333, 1000, 2500, 9000}) {
            assertThat(transcript(csv, chunk)).as("chunks of %d bytes", chunk).isEqualTo(whole);
        }
    }

    private static String withCell(String row, int index, String value) {
        String[] cells = row.split(",", -1);
        cells[index] = value;
        return String.join(",", cells);
    }

    private static String transcript(String csv, int chunkBytes) throws InputFileException {
        ImportRun run = new ImportRun();
        new EventLogReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new ServiceNowSource(ZoneId.of("UTC"), chunkBytes), "test.csv", run);
        StringBuilder out = new StringBuilder();
        run.events.forEach(e -> out.append(e.getSequence()).append(' ').append(e.getEventId()).append(' ')
                .append(e.getType()).append(' ').append(e.instant()).append('\n'));
        run.rejections.forEach(r -> out.append(r).append('\n'));
        run.duplicates.forEach(d -> out.append("DUPLICATE ").append(d).append('\n'));
        out.append(run.summary());
        return out.toString();
    }
}
