package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.FieldError;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.ExpiredLines;
import com.servicepolicy.evaluator.night.IngestLedger;
import com.servicepolicy.evaluator.night.RejectedLine;
import com.servicepolicy.evaluator.night.RunStore;
import com.servicepolicy.evaluator.night.TableUpkeep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Step 1: reads the night's files into the event store, line by line, never holding a file in
 * memory. Commits about every {@code chunkLines} lines with the file's checkpoint ({@link FileChunks}); a restart skips the
 * lines a committed checkpoint covers. Customers files come first (CustomersFileIngest), the same way.
 */
@Component
class IngestTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(IngestTasklet.class);

    private static final int BYTES_PER_LINE = 128;

    private final IngestWriter writer;
    private final IngestLedger ledger;
    private final EventStore events;
    private final ExpiredLines expiredLines;
    private final TableUpkeep upkeep;
    private final CustomersFileIngest customersFiles;
    private final UnreadFiles unreadFiles;
    private final RunStore runs;
    private final BatchProgress progress;
    private final BatchProperties properties;

    IngestTasklet(IngestWriter writer, IngestLedger ledger, EventStore events, ExpiredLines expiredLines,
                  TableUpkeep upkeep, CustomersFileIngest customersFiles, UnreadFiles unreadFiles, RunStore runs,
                  BatchProgress progress, BatchProperties properties) {
        this.writer = writer;
        this.ledger = ledger;
        this.events = events;
        this.expiredLines = expiredLines;
        this.upkeep = upkeep;
        this.customersFiles = customersFiles;
        this.unreadFiles = unreadFiles;
        this.runs = runs;
        this.progress = progress;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws InputFileException {
        Night night = NightlyJobConfig.night(chunkContext, properties);
        NightFiles files = NightFiles.of(night.folder());
        log.info("night {}: {} customers file(s), {} event file(s) in {}", night.date(), files.customers().size(),
                files.events().size(), night.folder());
        unreadFiles.record(night, files.unread());
        for (Path file : files.customers()) {
            customersFiles.ingest(night, file);
        }
        progress.begin("ingest", "lines", 0, 0);
        if (!files.events().isEmpty()) {
            long loadStart = System.nanoTime();
            try (NightIds ids = writer.knownIds(estimatedLines(files.events()))) {
                log.info("ingest: {} known event ids loaded in {} ms", ids.size(),
                        (System.nanoTime() - loadStart) / 1_000_000);
                for (Path file : files.events()) {
                    ingestEvents(ids, night, file);
                }
            }
        }
        progress.end();
        long evaluated = events.countFirstReadOn(night.date()) + expiredLines.countFirstReadOn(night.date());
        runs.setIngestCounts(night.date(), files.count(), evaluated, ledger.countDuplicates(night.date()),
                ledger.countRejects(night.date()));
        upkeep.analyse("event_histories", "customer_attributes"); // the next steps read what ingest just wrote
        return RepeatStatus.FINISHED;
    }

    private void ingestEvents(NightIds ids, Night night, Path file) throws InputFileException {
        String source = file.getFileName().toString();
        String checkpoint = ledger.textPosition(night.date(), IngestWriter.checkpointName(source));
        if ("done".equals(checkpoint)) {
            log.info("{}: already read by an earlier attempt", source);
            return;
        }
        OptionalLong position = ledger.position(night.date(), IngestWriter.checkpointName(source));
        FileChunks sink = new FileChunks(source, position.orElse(0), properties.chunkLines(),
                (accepted, rejects, checkpointLine, fileDone) -> {
                    writer.write(ids, night.date(), night.since(properties.retention()), source, accepted, rejects,
                            checkpointLine, fileDone);
                    progress.advance(accepted.size() + rejects.size());
                });
        // The event store decides duplicates (across files and nights), so the reader's registry accepts every id.
        new EventLogReader((id, src, line) -> true).read(file, sink);
        sink.flush(true);
        log.info("{}: read to line {}", source, sink.lastLine());
    }

    /**
     * About how many lines the files hold, for sizing the id registry: a contract line is rarely under
     * {@value #BYTES_PER_LINE} bytes (the generator's average 148), and a compressed file counts low, so the
     * registry is seldom much larger than it needs and grows as before when it is too small.
     */
    static long estimatedLines(List<Path> files) {
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += Files.size(file);
            } catch (IOException e) {
                // unreadable: reading it reports the error with the file named; no estimate needed
            }
        }
        return bytes / BYTES_PER_LINE;
    }

    static RejectedLine rejected(String source, Rejection r, String kind) {
        return new RejectedLine(source, r.line(), kind, r.eventId(),
                r.errors().stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    }
}
