package com.servicepolicy.evaluator.ingest;

import java.io.InputStream;

/** The contract's JSON Lines ({@code .jsonl}, {@code .ndjson}): one event object per line. */
final class JsonLinesEventSource implements EventSource {
    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public boolean readsFileNamed(String lowerCaseName) {
        return lowerCaseName.endsWith(".jsonl") || lowerCaseName.endsWith(".ndjson");
    }

    @Override
    public void read(InputStream in, String source, SourceRecords records) throws InputFileException {
        read(in, source, records, ChunkedParsing.CHUNK_BYTES);
    }

    /** With chunks of another size, for tests. */
    void read(InputStream in, String source, SourceRecords records, int chunkBytes) throws InputFileException {
        ChunkedParsing parsing = new ChunkedParsing(records, chunkBytes);
        try {
            JsonLines.scan(in, source, parsing);
        } catch (InputFileException e) {
            parsing.finish(); // the records read before the failure are counted, as a line-by-line read counts them
            throw e;
        } catch (RuntimeException e) {
            parsing.abandon();
            throw e;
        }
        parsing.finish();
    }
}
