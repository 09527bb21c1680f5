package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.night.PlacedEvent;
import com.servicepolicy.evaluator.night.RejectedLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one file's lines after its restart point into chunks for the writer, each committed with the file's
 * checkpoint (the last line it holds). A chunk ends only where a new line begins: a source row that becomes
 * several events (NYC 311: up to three) is never split across two commits, since a restart skips every line
 * up to the checkpoint and would lose the rest of that row.
 */
final class FileChunks implements EventSink {
    /** Commits one chunk with the file's checkpoint. */
    interface Writer {
        void write(List<PlacedEvent> accepted, List<RejectedLine> rejects, long checkpointLine, boolean fileDone);
    }

    private final String source;
    private final long skipThrough;
    private final int chunkLines;
    private final Writer writer;
    private final List<PlacedEvent> accepted = new ArrayList<>();
    private final List<RejectedLine> rejects = new ArrayList<>();
    private long lastLine;

    FileChunks(String source, long skipThrough, int chunkLines, Writer writer) {
        this.source = source;
        this.skipThrough = skipThrough;
        this.chunkLines = chunkLines;
        this.writer = writer;
        this.lastLine = skipThrough;
    }

    @Override
    public void accept(Event event) {
        long line = event.getSequence();
        if (line > skipThrough) {
            cutBefore(line);
            accepted.add(new PlacedEvent(event, source, line));
            lastLine = Math.max(lastLine, line);
        }
    }

    @Override
    public void rejected(Rejection rejection) {
        if (rejection.line() > skipThrough) {
            cutBefore(rejection.line());
            rejects.add(IngestTasklet.rejected(source, rejection, RejectedLine.EVENT));
            lastLine = Math.max(lastLine, rejection.line());
        }
    }

    @Override
    public void duplicate(Duplicate duplicate) {
        throw new IllegalStateException("the reader's registry accepts every id, yet reported " + duplicate);
    }

    /** The last line read (the checkpoint the file ends with). */
    long lastLine() {
        return lastLine;
    }

    /** Commits what is buffered when the chunk is full and {@code line} starts a line not yet in it. */
    private void cutBefore(long line) {
        if (accepted.size() + rejects.size() >= chunkLines && line > lastLine) {
            flush(false);
        }
    }

    /** Commits what is buffered; {@code fileDone} marks the file read to its end. */
    void flush(boolean fileDone) {
        writer.write(accepted, rejects, lastLine, fileDone);
        accepted.clear();
        rejects.clear();
    }
}
