package com.servicepolicy.evaluator.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.importers.ImportRun;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.InputFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tweets read in chunks on worker threads give exactly the threads, events, rejections, duplicates and row summary
 * of a read in one piece, wherever the chunks end, also next to rows that are no tweet.
 */
class TwcsChunksTest {
    @Test
    void theResultDoesNotDependOnWhereChunksEnd() throws IOException, InputFileException {
        List<String> lines = new ArrayList<>(Files.readAllLines(ImportRun.project("samples/real/tweets.twcs.csv")));
        String header = lines.get(0);
        List<String> rows = new ArrayList<>(lines.subList(1, 400));
        rows.add(rowAt(rows, 5), "5,x1,500,True,Mon Oct 30 10:00:00 +0000 2017,@acme a,,");
        rows.add(rowAt(rows, 30), "6,11,500,Maybe,Mon Oct 30 10:00:00 +0000 2017,@acme b,,");
        rows.add(rowAt(rows, 31), "7,12,500,True,Mon Oct 31 10:00:00 +0000 2017,@acme c,,"); // the 31st was a Tuesday
        rows.add(rowAt(rows, 60), "a,b,c,d,e,f,g,h,i,j");
        rows.add(rowAt(rows, 61), "8,\"1\"3,500,True,Mon Oct 30 10:00:00 +0000 2017,broken quoting,,");
        rows.add(rowAt(rows, 90), rows.get(rowAt(rows, 100))); // a tweet given twice: a duplicate event
        String csv = header + "\n" + String.join("\n", rows) + "\n";

        String whole = transcript(csv, Integer.MAX_VALUE / 2);
        assertThat(whole).contains("'x1' is not a tweet id", "'Maybe'", "Mon Oct 31 10:00:00", "cells but the header has",
                "DUPLICATE", "OPENED", "AGENT_REPLY", "RESOLVED");
        for (int chunk : new int[] {1, 7, 100, 333, 1000, 2500, 9000}) {
            assertThat(transcript(csv, chunk)).as("chunks of %d bytes", chunk).isEqualTo(whole);
        }
    }

    /** The first line from {@code near} on that starts a row (the excerpt's tweets may span lines). */
    private static int rowAt(List<String> lines, int near) {
        int i = near;
        while (!lines.get(i).matches("\\d+,\\d+,[^,]+,(True|False),.*") || !lines.get(i - 1).matches(".*,(\\d+(\\.0)?)?")) {
            i++;
        }
        return i;
    }

    private static String transcript(String csv, int chunkBytes) throws InputFileException {
        ImportRun run = new ImportRun();
        new EventLogReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new TwcsSource(TwcsSource.DEFAULT_SILENCE, chunkBytes), "test.csv", run);
        StringBuilder out = new StringBuilder();
        run.events.forEach(e -> out.append(e.getSequence()).append(' ').append(e.getEventId()).append(' ')
                .append(e.getType()).append(' ').append(e.getInteractionId()).append(' ').append(e.instant()).append('\n'));
        run.rejections.forEach(r -> out.append(r).append('\n'));
        run.duplicates.forEach(d -> out.append("DUPLICATE ").append(d).append('\n'));
        out.append(run.summary());
        return out.toString();
    }
}
