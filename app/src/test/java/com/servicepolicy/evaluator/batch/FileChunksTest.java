package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.night.PlacedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's lines cut into commits: never inside a source row that became several events. */
class FileChunksTest {
    /** One commit as the writer received it. */
    private record Commit(List<Long> lines, List<String> ids, long checkpoint, boolean fileDone) {
    }

    /** Five source rows of three events each (as an NYC 311 row becomes opened, status and resolved). */
    private static List<Event> rowsOfThree() {
        List<Event> events = new ArrayList<>();
        for (long line = 1; line <= 5; line++) {
            for (int i = 0; i < 3; i++) {
                events.add(Event.builder().eventId("e" + line + "-" + i).type(EventType.CUSTOMER_MESSAGE).customerId("C1")
                        .at(Instant.EPOCH).sequence(line).build());
            }
        }
        return events;
    }

    private static List<Commit> read(List<Event> events, long skipThrough, int chunkLines) {
        List<Commit> commits = new ArrayList<>();
        FileChunks chunks = new FileChunks("f.jsonl", skipThrough, chunkLines, (accepted, rejects, checkpoint, done) ->
                commits.add(new Commit(accepted.stream().map(PlacedEvent::line).toList(),
                        accepted.stream().map(p -> p.event().getEventId()).toList(), checkpoint, done)));
        events.forEach(chunks::accept);
        chunks.flush(true);
        return commits;
    }

    @Test
    void aChunkEndsOnlyWhereANewLineBeginsSoNoRowIsSplitAcrossCommits() {
        List<Commit> commits = read(rowsOfThree(), 0, 4);

        Set<Long> committedLines = new HashSet<>();
        for (Commit c : commits) {
            assertThat(c.lines()).allSatisfy(line -> assertThat(committedLines).doesNotContain(line));
            committedLines.addAll(c.lines());
            if (!c.lines().isEmpty()) {
                assertThat(c.checkpoint()).isEqualTo(c.lines().get(c.lines().size() - 1));
            }
        }
        assertThat(commits).hasSizeGreaterThan(2);
        assertThat(commits.stream().mapToInt(c -> c.ids().size()).sum()).isEqualTo(15);
        assertThat(commits.get(commits.size() - 1).fileDone()).isTrue();
    }

    @Test
    void aRestartAfterAnyCommitReadsExactlyTheEventsNotYetCommitted() {
        List<Commit> clean = read(rowsOfThree(), 0, 4);
        for (int crashedAfter = 0; crashedAfter < clean.size(); crashedAfter++) {
            List<String> committed = new ArrayList<>();
            clean.subList(0, crashedAfter + 1).forEach(c -> committed.addAll(c.ids()));

            List<String> resumed = new ArrayList<>();
            read(rowsOfThree(), clean.get(crashedAfter).checkpoint(), 4).forEach(c -> resumed.addAll(c.ids()));

            List<String> all = new ArrayList<>(committed);
            all.addAll(resumed);
            assertThat(all).as("crash after commit %d", crashedAfter + 1)
                    .containsExactlyElementsOf(rowsOfThree().stream().map(Event::getEventId).toList());
        }
    }
}
