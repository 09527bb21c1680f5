package com.servicepolicy.evaluator.importers.twitter;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.ingest.CsvTable;
import com.servicepolicy.evaluator.ingest.RecordedRecords;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The tweets of one chunk of the export, read on a worker thread (the time's parse is most of a tweet's cost), with
 * the rows that are no tweet, in file order; threads are built from every chunk's tweets on the reading thread.
 */
final class TweetRows implements CsvTable.Rows {
    /** The columns read, in the order of the indexes a chunk is given. */
    static final String[] COLUMNS = {"tweet_id", "author_id", "inbound", "created_at", "in_response_to_tweet_id", "text"};
    private static final int ID = 0;
    private static final int AUTHOR = 1;
    private static final int INBOUND = 2;
    private static final int CREATED = 3;
    private static final int REPLY_TO = 4;
    private static final int TEXT = 5;

    private final int[] index;
    final List<Tweet> tweets = new ArrayList<>();
    final RecordedRecords unusable = new RecordedRecords();
    final RowTally tally = new RowTally();

    TweetRows(int[] index) {
        this.index = index;
    }

    @Override
    public void row(List<String> cells, long line) {
        try {
            tweets.add(tweet(cells, line));
        } catch (IllegalArgumentException e) {
            unusable(line, e.getMessage());
        }
    }

    @Override
    public void unusable(long line, String reason) {
        tally.rejected();
        unusable.unusable(line, reason);
    }

    private Tweet tweet(List<String> cells, long line) {
        String id = tweetId(cell(cells, ID), "tweet_id");
        String author = cell(cells, AUTHOR);
        if (author == null) {
            throw new IllegalArgumentException("author_id: missing");
        }
        String inbound = cell(cells, INBOUND);
        boolean isInbound = inbound != null && inbound.equalsIgnoreCase("true");
        if (!isInbound && (inbound == null || !inbound.equalsIgnoreCase("false"))) {
            throw new IllegalArgumentException("inbound: '" + inbound + "' is not True or False");
        }
        String created = cell(cells, CREATED);
        Instant at;
        try {
            at = TweetTime.parse(created == null ? "" : created);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("created_at: '" + created + "' is not a time of the form EEE MMM dd HH:mm:ss Z yyyy");
        }
        String replyTo = cell(cells, REPLY_TO);
        return new Tweet(line, id, author, isInbound, at,
                replyTo == null ? null : tweetId(replyTo, "in_response_to_tweet_id"), cell(cells, TEXT));
    }

    private String cell(List<String> cells, int column) {
        return Columns.cell(cells, index[column]);
    }

    /** Ids as published: {@code 3} or, where pandas wrote a column with gaps as floats, {@code 3.0}. */
    private static String tweetId(String text, String column) {
        if (text == null) {
            throw new IllegalArgumentException(column + ": missing");
        }
        String id = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (id.isEmpty() || !Digits.only(id)) {
            throw new IllegalArgumentException(column + ": '" + text + "' is not a tweet id");
        }
        return id;
    }
}
