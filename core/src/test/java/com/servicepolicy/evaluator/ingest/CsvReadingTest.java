package com.servicepolicy.evaluator.ingest;

import static com.servicepolicy.evaluator.ingest.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.Priority;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {
    static final String HEADER = "eventId,type,at,customerId,interactionId,priority,reasonText,extra";

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();

    private ReadStats read(Path file) throws InputFileException {
        return new EventLogReader().read(file, sink);
    }

    @Test
    void quotedFieldsWithNewlinesCommasAndQuotes() throws Exception {
        Path file = TestFiles.write(dir, "events.csv",
                HEADER,
                "e1,OPENED,2026-03-20T08:23:48Z,c1,i1,HIGH,\"line one",
                "line two, with comma and \"\"quotes\"\"\",ignored",
                "e2,REFUSED,2026-03-20T09:00:00Z,c1,i1,,,");
        assertThat(read(file)).isEqualTo(new ReadStats(2, 2, 0, 0));
        Event first = sink.events.get(0);
        assertThat(first.getReasonText()).isEqualTo("line one\nline two, with comma and \"quotes\"");
        assertThat(first.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(first.getSequence()).isEqualTo(2);
        assertThat(sink.events.get(1).getSequence()).isEqualTo(4); // the line the record starts on
        assertThat(sink.events.get(1).getReasonCode()).isNull();
    }

    @Test
    void badRowsAreRejectedWithTheirStartLine() throws Exception {
        Path file = TestFiles.write(dir, "events.csv",
                HEADER,
                "e1,OPENED,2026-03-20T08:23:48Z,c1,i1,,\"multi",
                "line\",x,too many",                                  // record of line 2: 9 cells
                "",                                                   // blank: skipped
                "e3,OPENED,2026-03-20T08:23:48,c1,i1",                // line 5: no offset; fewer cells is fine
                "e4,AGENT_REPLY,2026-03-20T08:23:48Z,c1",             // line 6: interactionId missing
                "e5,OPENED,2026-03-20T08:23:48Z,c1,i1,\"a\"b,,",      // line 7: broken quoting
                "e6,OPENED,2026-03-20T08:23:48Z,c1,i1");              // line 8 ok
        ReadStats stats = read(file);
        assertThat(stats).isEqualTo(new ReadStats(5, 1, 0, 4));
        assertThat(sink.rejections).extracting(Rejection::line).containsExactly(2L, 5L, 6L, 7L);
        assertThat(sink.rejections.get(0).toString()).isEqualTo(file + ":2: 9 cells but the header has 8 columns");
        assertThat(sink.rejections.get(1).toString()).isEqualTo(file + ":5: at: time without offset");
        assertThat(sink.rejections.get(2).field()).isEqualTo("interactionId");
        assertThat(sink.rejections.get(3).reason()).startsWith("malformed CSV");
        assertThat(sink.events).extracting(Event::getEventId).containsExactly("e6");
    }

    @Test
    void emptyCellIsAbsentAndUnknownColumnsIgnored() throws Exception {
        Path file = TestFiles.write(dir, "events.csv",
                "Type,eventId,type,at,customerId,interactionId,priority",
                "junk,e1,OPENED,2026-03-20T08:23:48Z,c1,i1,");
        assertThat(read(file)).isEqualTo(new ReadStats(1, 1, 0, 0));
        assertThat(sink.events.get(0).getPriority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void invalidUtf8RejectsOnlyThatRecord() throws Exception {
        Path file = TestFiles.writeBytes(dir, "events.csv", TestFiles.concat(
                utf8(HEADER + "\ne1,OPENED,2026-03-20T08:23:48Z,c1,i1,,\"ok é\n"),
                utf8("still e1\"\ne2,OPENED,2026-03-20T08:23:48Z,c1,i1,,\"bad "), new byte[] {(byte) 0xFF},
                utf8("\n\"\ne3,OPENED,2026-03-20T08:23:48Z,c1,i1,,bad at end "), new byte[] {(byte) 0xE2, (byte) 0x82}));
        ReadStats stats = read(file);
        assertThat(stats).isEqualTo(new ReadStats(3, 1, 0, 2));
        assertThat(sink.events.get(0).getReasonText()).isEqualTo("ok é\nstill e1");
        assertThat(sink.rejections).extracting(Rejection::line).containsExactly(4L, 6L);
        assertThat(sink.rejections).extracting(Rejection::reason).containsOnly("not valid UTF-8");
    }

    @Test
    void badUtf8AndByteOrderMarkSplitAcrossTinyReads() throws Exception {
        byte[] content = TestFiles.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("eventId,type,at,customerId,interactionId,reasonText\n"
                        + "e1,OPENED,2026-03-20T08:23:48Z,c1,i1,\"€ ok\"\n"
                        + "e2,OPENED,2026-03-20T08:23:48Z,c1,i1,bad"),
                new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0x41},
                utf8("\ne3,OPENED,2026-03-20T08:23:48Z,c1,i1,\"tail €\"\n"));
        java.io.InputStream trickle = new java.io.ByteArrayInputStream(content) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 2));
            }
        };
        ReadStats stats = new EventLogReader().read(trickle, EventSources.named("csv"), "body", sink);
        assertThat(stats).isEqualTo(new ReadStats(3, 2, 0, 1));
        assertThat(sink.onlyRejection().toString()).isEqualTo("body:3: not valid UTF-8");
        assertThat(sink.events).extracting(Event::getReasonText).containsExactly("€ ok", "tail €");
    }

    @Test
    void gzipAndDuplicatesAndCrlf() throws Exception {
        Path file = TestFiles.writeBytes(dir, "events.csv.gz", utf8(
                "eventId,type,at,customerId,interactionId\r\n"
                        + "e1,OPENED,2026-03-20T08:23:48Z,c1,i1\r\n"
                        + "e1,OPENED,2026-03-20T08:23:48Z,c1,i1\r\n"));
        assertThat(read(file)).isEqualTo(new ReadStats(2, 1, 1, 0));
        assertThat(sink.duplicates.get(0).line()).isEqualTo(3);
    }

    @Test
    void bomBeforeHeaderIsSkipped() throws Exception {
        Path file = TestFiles.writeBytes(dir, "events.csv", TestFiles.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("eventId,type,at,customerId,interactionId\ne1,OPENED,2026-03-20T08:23:48Z,c1,i1\n")));
        assertThat(read(file)).isEqualTo(new ReadStats(1, 1, 0, 0));
    }

    @Test
    void headerOnlyOrEmptyReadsNothing() throws Exception {
        assertThat(read(TestFiles.write(dir, "h.csv", HEADER))).isEqualTo(ReadStats.EMPTY);
        assertThat(read(TestFiles.writeBytes(dir, "e.csv", new byte[0]))).isEqualTo(ReadStats.EMPTY);
    }

    @Test
    void repeatedContractColumnIsAFileError() {
        Path file = TestFiles.write(dir, "events.csv", "eventId,type,at,at", "e1,OPENED,x,y");
        assertThatThrownBy(() -> read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("column 'at' appears more than once");
    }

    @Test
    void unclosedQuoteRejectsTheRestAsOneRecord() throws Exception {
        Path file = TestFiles.write(dir, "events.csv", HEADER,
                "e1,OPENED,2026-03-20T08:23:48Z,c1,i1",
                "e2,OPENED,2026-03-20T08:23:48Z,c1,i1,,\"never closed",
                "e3,OPENED,2026-03-20T08:23:48Z,c1,i1");
        ReadStats stats = read(file);
        assertThat(stats).isEqualTo(new ReadStats(2, 1, 0, 1));
        assertThat(sink.onlyRejection().line()).isEqualTo(3);
        assertThat(sink.onlyRejection().reason()).contains("closing quote");
    }
}
