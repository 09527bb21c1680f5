package com.servicepolicy.evaluator.importers.twitter;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.ingest.CsvChunks;
import com.servicepolicy.evaluator.ingest.EventSource;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.SourceOptions;
import com.servicepolicy.evaluator.ingest.SourceRecords;
import com.servicepolicy.evaluator.ingest.ValidatedAhead;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Customer Support on Twitter ("twcs", Kaggle/ThoughtVector): tweets with {@code tweet_id}, {@code author_id},
 * {@code inbound}, {@code created_at}, {@code in_response_to_tweet_id}. Tweets become threads, one per customer and
 * brand, split by a silence (option {@code silence}, default 72h) after which a thread counts as resolved
 * (docs/importers/twcs.md). The whole file is read before threads are built, as replies may come before the tweets they
 * answer.
 */
public final class TwcsSource implements EventSource {
    static final String NAME = "twcs";
    static final Duration DEFAULT_SILENCE = Duration.ofHours(72);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([dhm])");

    private final Duration silence;
    private final int chunkBytes;

    public TwcsSource() {
        this(DEFAULT_SILENCE, CsvChunks.CHUNK_BYTES);
    }

    /** With chunks of {@code chunkBytes}, for tests. */
    TwcsSource(Duration silence, int chunkBytes) {
        this.silence = silence;
        this.chunkBytes = chunkBytes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean readsFileNamed(String lowerCaseName) {
        return lowerCaseName.endsWith(".twcs.csv");
    }

    @Override
    public EventSource configured(SourceOptions options, Path file) throws InputFileException {
        options.allowOnly(NAME, Set.of("silence", "zone"));
        String given = options.get("silence");
        return given == null ? this : new TwcsSource(duration(given), chunkBytes);
    }

    /** {@code 72h}, {@code 3d}, {@code 90m}, {@code 1d 12h}. */
    static Duration duration(String text) throws InputFileException {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (!text.trim().substring(end, m.start()).isBlank()) {
                break;
            }
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            });
            end = m.end();
        }
        if (end == 0 || end != text.trim().length() || total.isZero()) {
            throw new InputFileException("source option silence=" + text + ": expected a duration such as 72h, 3d or 1d 12h");
        }
        return total;
    }

    @Override
    public void read(InputStream in, String source, SourceRecords records) throws InputFileException {
        RowTally tally = new RowTally();
        List<Tweet> tweets = new ArrayList<>();
        ValidatedAhead validated = new ValidatedAhead(records);
        try {
            CsvChunks.scan(in, source, new CsvChunks.Handler<TweetRows>() {
                private int[] read;

                @Override
                public void header(List<String> names) throws InputFileException {
                    Columns columns = new Columns(names, source);
                    columns.require(NAME, "tweet_id", "author_id", "inbound", "created_at", "in_response_to_tweet_id");
                    read = new int[TweetRows.COLUMNS.length];
                    for (int i = 0; i < read.length; i++) {
                        read[i] = columns.indexOf(TweetRows.COLUMNS[i]);
                    }
                }

                @Override
                public boolean[] columnsRead(int columns) {
                    boolean[] used = new boolean[columns];
                    for (int i : read) {
                        if (i >= 0) {
                            used[i] = true;
                        }
                    }
                    return used;
                }

                @Override
                public TweetRows chunk() {
                    return new TweetRows(read);
                }

                @Override
                public void deliver(TweetRows chunk) {
                    tweets.addAll(chunk.tweets);
                    chunk.unusable.replayInto(validated);
                    tally.add(chunk.tally);
                }
            }, Math.min(chunkBytes, CsvChunks.FIRST_CHUNK_BYTES), chunkBytes);
        } catch (InputFileException e) {
            validated.finish(); // the rows read before the failure count
            throw e;
        }
        new Threads(silence, validated, tally).build(tweets);
        validated.summary(tally.summary(source, NAME));
    }
}
