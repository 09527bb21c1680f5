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
        JsonLines.scan(in, source, new JsonLines.Handler() {
            @Override
            public void line(byte[] buf, int off, int len, long line) {
                records.event(JsonEventFields.fromLine(buf, off, len), line);
            }

            @Override
            public void unusable(long line, String reason) {
                records.unusable(line, reason);
            }
        });
    }
}
