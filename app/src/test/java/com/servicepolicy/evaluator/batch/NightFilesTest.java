package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox takes every importer's file by its suffix, as the command line does, lists other files as unread, and each
 * file it takes reads with the importer its name says: the ingest step's reader gives what naming the source gives.
 */
class NightFilesTest {
    private static final EventSink NOTHING = EventSink.of(e -> { }, r -> { }, d -> { });

    @TempDir
    Path inbox;

    @Test
    void everyImportersFileIsTakenAndReadsAsTheIngestReadsIt() throws IOException, InputFileException {
        Path real = project("samples/real");
        Files.copy(real.resolve("incidents.servicenow.csv"), inbox.resolve("a.servicenow.csv"));
        Files.copy(real.resolve("requests-2013-12-25.nyc311.csv"), inbox.resolve("b.nyc311.csv"));
        Files.copy(real.resolve("tweets.twcs.csv"), inbox.resolve("c.twcs.csv"));
        Files.copy(real.resolve("tickets.zendesk.json"), inbox.resolve("d.zendesk.json"));
        Files.copy(real.resolve("requests-2022-05-01.nyc311.csv"), inbox.resolve("e.mapped.csv"));
        Files.copy(project("docs/importers/nyc311.mapping.yaml"), inbox.resolve("e.mapping.yaml"));
        Files.copy(project("samples/events.jsonl"), inbox.resolve("f.jsonl"));
        Files.copy(project("samples/customers.csv"), inbox.resolve("customers.csv"));
        Files.writeString(inbox.resolve("README.txt"), "what the night's files are");
        Files.writeString(inbox.resolve("notes.json"), "{}");
        Files.writeString(inbox.resolve("g.mapping.yml"), "a mapping the mapped reader does not look for");
        Files.createDirectory(inbox.resolve("older"));

        NightFiles files = NightFiles.of(inbox);

        assertThat(files.customers()).extracting(p -> p.getFileName().toString()).containsExactly("customers.csv");
        assertThat(files.events()).extracting(p -> p.getFileName().toString()).containsExactly("a.servicenow.csv",
                "b.nyc311.csv", "c.twcs.csv", "d.zendesk.json", "e.mapped.csv", "f.jsonl");
        assertThat(files.unread()).as("left alone, but listed; a mapping beside its CSV is read with it")
                .extracting(p -> p.getFileName().toString())
                .containsExactly("README.txt", "g.mapping.yml", "notes.json", "older");
        String[] sources = {"servicenow", "nyc311", "twcs", "zendesk", "mapped", "jsonl"};
        for (int i = 0; i < sources.length; i++) {
            Path file = files.events().get(i);
            ReadStats asIngested = new EventLogReader((id, src, line) -> true).read(file, NOTHING);
            ReadStats asNamed = new EventLogReader((id, src, line) -> true).read(EventInput.parse(sources[i] + ":" + file), NOTHING);
            assertThat(asIngested.accepted()).as(file.toString()).isPositive();
            assertThat(asIngested).as(file.toString()).isEqualTo(asNamed);
        }
    }

    private static Path project(String path) {
        Path here = Path.of(path);
        return Files.exists(here) ? here : Path.of("..").resolve(path);
    }
}
