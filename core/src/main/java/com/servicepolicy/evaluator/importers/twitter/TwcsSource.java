package com.servicepolicy.evaluator.importers.twitter;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.ingest.CsvTable;
import com.servicepolicy.evaluator.ingest.EventSource;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.SourceOptions;
import com.servicepolicy.evaluator.ingest.SourceRecords;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([dhm])");

    private final Duration silence;

    public TwcsSource() {
        this(DEFAULT_SILENCE);
    }

    TwcsSource(Duration silence) {
        this.silence = silence;
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
        return given == null ? this : new TwcsSource(duration(given));
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
        CsvTable.scan(in, source, new CsvTable.Handler() {
            private Columns columns;

            @Override
            public void header(List<String> names) throws InputFileException {
                columns = new Columns(names, source);
                columns.require(NAME, "tweet_id", "author_id", "inbound", "created_at", "in_response_to_tweet_id");
            }

            @Override
            public void row(List<String> cells, long line) {
                try {
                    tweets.add(tweet(cells, line));
                } catch (IllegalArgumentException e) {
                    tally.rejected();
                    records.unusable(line, e.getMessage());
                }
            }

            @Override
            public void unusable(long line, String reason) {
                tally.rejected();
                records.unusable(line, reason);
            }

            private Tweet tweet(List<String> cells, long line) {
                String id = tweetId(columns.get(cells, "tweet_id"), "tweet_id");
                String author = columns.get(cells, "author_id");
                if (author == null) {
                    throw new IllegalArgumentException("author_id: missing");
                }
                String inbound = columns.get(cells, "inbound");
                if (inbound == null || !(inbound.equalsIgnoreCase("true") || inbound.equalsIgnoreCase("false"))) {
                    throw new IllegalArgumentException("inbound: '" + inbound + "' is not True or False");
                }
                String created = columns.get(cells, "created_at");
                Instant at;
                try {
                    at = ZonedDateTime.parse(created == null ? "" : created, CREATED_AT).toInstant();
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("created_at: '" + created + "' is not a time of the form EEE MMM dd HH:mm:ss Z yyyy");
                }
                String replyTo = columns.get(cells, "in_response_to_tweet_id");
                return new Tweet(line, id, author, inbound.equalsIgnoreCase("true"), at,
                        replyTo == null ? null : tweetId(replyTo, "in_response_to_tweet_id"), columns.get(cells, "text"));
            }
        });
        new Threads(silence, records, tally).build(tweets);
        records.summary(tally.summary(source, NAME));
    }

    /** Ids as published: {@code 3} or, where pandas wrote a column with gaps as floats, {@code 3.0}. */
    private static String tweetId(String text, String column) {
        if (text == null) {
            throw new IllegalArgumentException(column + ": missing");
        }
        String id = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (id.isEmpty() || !id.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(column + ": '" + text + "' is not a tweet id");
        }
        return id;
    }
}
