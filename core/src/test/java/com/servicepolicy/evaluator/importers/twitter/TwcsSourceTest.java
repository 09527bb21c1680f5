package com.servicepolicy.evaluator.importers.twitter;

import com.servicepolicy.evaluator.importers.ImportRun;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.Rejection;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Customer Support on Twitter: threads per customer and brand, replies, the silence that resolves, rejects. */
class TwcsSourceTest {
    private static final String HEADER = ",tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n";

    @Test
    void tweetsBecomeThreadsOfOneCustomerWithOneBrandSplitBySilence() throws InputFileException {
        String csv = HEADER
                + "0,10,500,True,Mon Oct 30 10:00:00 +0000 2017,@acme my order is late,11,\n"        // 2: opens
                + "1,11,acme,False,Mon Oct 30 11:00:00 +0000 2017,@500 sorry! DM us,12,10.0\n"       // 3: reply
                + "2,12,500,True,Mon Oct 30 12:00:00 +0000 2017,@acme done,,11.0\n"                  // 4: message
                + "3,13,500,True,Sat Nov 04 12:00:00 +0000 2017,@acme still nothing,,\n"             // 5: new thread after 5 days
                + "4,14,600,True,Mon Oct 30 10:30:00 +0000 2017,hello world,,\n"                      // 6: no brand
                + "5,15,acme,False,Mon Oct 30 10:40:00 +0000 2017,Our service is back!,,\n"         // 7: broadcast
                + "6,16,acme,False,Sat Nov 11 13:00:00 +0000 2017,@500 we are on it,,13.0\n";         // 8: answers line 5 after 7 days
        ImportRun run = ImportRun.of("twcs", csv);

        assertThat(run.timeline("acme/500/10")).containsExactly("OPENED@2017-10-30T10:00:00Z",
                "AGENT_REPLY@2017-10-30T11:00:00Z", "CUSTOMER_MESSAGE@2017-10-30T12:00:00Z",
                "RESOLVED@2017-11-02T12:00:00Z"); // the customer had the last word: resolved once 72h of silence passed
        assertThat(run.timeline("acme/500/13")).containsExactly("OPENED@2017-11-04T12:00:00Z",
                "RESOLVED@2017-11-07T12:00:00Z");
        assertThat(run.events.get(0).getChannel().name()).isEqualTo("SOCIAL");
        assertThat(run.events.get(0).getQueue()).isEqualTo("acme");
        assertThat(run.events.get(1).getType().name()).isEqualTo("AGENT_REPLY");
        assertThat(run.events.get(1).getAgentId()).isEqualTo("acme");
        assertThat(run.summary().skippedByReason()).isEqualTo(Map.of(Threads.NO_BRAND, 1L, Threads.NO_CUSTOMER, 1L,
                Threads.REPLY_BEFORE_THREAD, 1L));
        assertThat(run.summary().converted()).isEqualTo(4);
        assertThat(run.summary().events()).isEqualTo(6);
    }

    @Test
    void aLongerSilenceKeepsTheThreadTogetherAndABrandsLastWordResolvesAtIt() throws InputFileException {
        String csv = HEADER
                + "0,10,500,True,Mon Oct 30 10:00:00 +0000 2017,@acme late,,\n"
                + "1,13,500,True,Sat Nov 04 12:00:00 +0000 2017,@acme still nothing,,\n"
                + "2,16,acme,False,Sat Nov 04 13:00:00 +0000 2017,@500 on it,,13\n"
                + "3,17,700,True,Mon Nov 20 13:00:00 +0000 2017,@acme hi,,\n";
        ImportRun run = ImportRun.of("twcs", csv, "silence=7d");
        assertThat(run.timeline("acme/500/10")).containsExactly("OPENED@2017-10-30T10:00:00Z",
                "CUSTOMER_MESSAGE@2017-11-04T12:00:00Z", "AGENT_REPLY@2017-11-04T13:00:00Z", "RESOLVED@2017-11-04T13:00:00Z");
        assertThat(run.timeline("acme/700/17")).as("the file ends before its silence does: still open")
                .containsExactly("OPENED@2017-11-20T13:00:00Z");
    }

    @Test
    void rowsThatAreNotTweetsAreRejectedWithTheirRowAndReason() throws InputFileException {
        String csv = HEADER
                + "0,x1,500,True,Mon Oct 30 10:00:00 +0000 2017,@acme a,,\n"
                + "1,11,500,Maybe,Mon Oct 30 10:00:00 +0000 2017,@acme b,,\n"
                + "2,12,500,True,30/10/2017 10:00,@acme c,,\n";
        ImportRun run = ImportRun.of("twcs", csv);
        assertThat(run.rejections).extracting(Rejection::line, Rejection::reason).containsExactly(
                tuple(2L, "tweet_id: 'x1' is not a tweet id"),
                tuple(3L, "inbound: 'Maybe' is not True or False"),
                tuple(4L, "created_at: '30/10/2017 10:00' is not a time of the form EEE MMM dd HH:mm:ss Z yyyy"));
        assertThat(run.summary().rejected()).isEqualTo(3);
        assertThatThrownBy(() -> ImportRun.of("twcs", csv, "silence=soon")).hasMessageContaining("expected a duration");
    }

    @Test
    void theRealExcerptIsAccountedFor() throws InputFileException {
        ImportRun run = ImportRun.ofFile("twcs:" + ImportRun.project("samples/real/tweets.twcs.csv"));
        var summary = run.summary();
        assertThat(summary.rows()).isEqualTo(1000);
        assertThat(summary.converted() + summary.skipped()).isEqualTo(1000);
        assertThat(summary.events()).isEqualTo(run.events.size()).isEqualTo(1231);
        // sprintcare's thread with customer 115712, the first rows of the file (tweets 8, 6, 5, 4, 3, 1, 2)
        assertThat(run.timeline("sprintcare/115712/8")).startsWith("OPENED@2017-10-31T21:45:10Z");
    }
}
