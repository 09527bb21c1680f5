package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.night.PlacedEvent;
import com.servicepolicy.evaluator.spill.EventBytes;
import org.junit.jupiter.api.Test;

import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History rows in the compact form give back every field of every event, with its line, as the first form did; the
 * outlines and id lists agree with the events; rows of the first form are still read; and a row of realistic events
 * takes well under half the first form's bytes.
 */
class CompactHistoryTest {
    private static final String[] TEXTS = {"i-1", "i-2", "agent \u00e9", "\u4e00\u4e8c", "", "q/HIGH",
            "emoji \ud83d\ude00", "x".repeat(300)};

    @Test
    void randomRowsComeBackFieldByFieldInBothForms() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<PlacedEvent> group = randomGroup(random, "c-" + round + (round % 5 == 0 ? "\u00fc" : ""));
            List<HistoryRows.Row> rows = HistoryRows.of(group);
            List<String> expected = group.stream().map(CompactHistoryTest::described).toList();
            List<HistoryRows.Line> read = new ArrayList<>();
            List<EventBytes.Outline> outlines = new ArrayList<>();
            List<HistoryRows.IdLine> ids = new ArrayList<>();
            for (HistoryRows.Row row : rows) {
                assertThat(CompactHistory.isCompact(row.events())).isTrue();
                read.addAll(HistoryRows.read(row.events()));
                outlines.addAll(HistoryRows.readOutlines(row.events()));
                ids.addAll(HistoryRows.readIds(row.ids()));
            }

            assertThat(read.stream().map(l -> described(new PlacedEvent(l.event(), "f", l.line()))).toList())
                    .as("round %d", round).containsExactlyElementsOf(expected);
            assertThat(outlines).containsExactlyElementsOf(group.stream().map(p -> outline(p.event())).toList());
            assertThat(ids).containsExactlyElementsOf(group.stream()
                    .map(p -> new HistoryRows.IdLine(p.event().getEventId(), p.line())).toList());
            List<HistoryRows.Line> legacy = HistoryRows.read(firstForm(group));
            assertThat(legacy.stream().map(l -> described(new PlacedEvent(l.event(), "f", l.line()))).toList())
                    .as("a first-form row, round %d", round).containsExactlyElementsOf(expected);
            assertThat(HistoryRows.readOutlines(firstForm(group))).containsExactlyElementsOf(outlines);
        }
    }

    /** A customer with more texts than the writer looks back over still reads back right. */
    @Test
    void textsBeyondTheLookBackAreWrittenAgain() {
        List<PlacedEvent> group = new ArrayList<>();
        for (int i = 0; i < 10 * CompactHistory.LOOK_BACK; i++) {
            int interaction = (i * 7) % (3 * CompactHistory.LOOK_BACK);
            group.add(new PlacedEvent(Event.builder().eventId("e" + i).type(EventType.AGENT_REPLY).atMillis(1000L * i)
                    .customerId("c").interactionId("interaction-" + interaction).agentId("a" + (i % 40))
                    .sequence(i + 1).build(), "f", i + 1));
        }
        List<HistoryRows.Line> read = HistoryRows.read(HistoryRows.of(group).get(0).events());

        assertThat(read).extracting(l -> l.event().getInteractionId() + "/" + l.event().getAgentId())
                .containsExactlyElementsOf(group.stream()
                        .map(p -> p.event().getInteractionId() + "/" + p.event().getAgentId()).toList());
    }

    @Test
    void aRowOfEverydayEventsTakesUnderHalfTheFirstFormsBytes() {
        List<PlacedEvent> group = new ArrayList<>();
        long at = 1_767_000_000_000L;
        for (int i = 0; i < 12; i++) {
            at += 60_000L * (1 + i % 5);
            EventType type = i % 4 == 0 ? EventType.OPENED : EventType.AGENT_REPLY;
            group.add(new PlacedEvent(Event.builder().eventId("evt-" + (100_000 + i)).type(type).atMillis(at)
                    .customerId("cust-004711").interactionId("int-" + (20_000 + i / 4)).channel(Channel.EMAIL).agentId("agent-" + i % 2)
                    .topic("billing").sequence(500 + i).build(), "events.jsonl", 500 + i));
        }
        HistoryRows.Row row = HistoryRows.of(group).get(0);

        assertThat(row.events().length).isLessThan(firstForm(group).length / 2);
    }

    private static List<PlacedEvent> randomGroup(Random random, String customer) {
        List<PlacedEvent> group = new ArrayList<>();
        long line = random.nextInt(5) == 0 ? Long.MAX_VALUE / 2 : random.nextInt(1_000_000);
        long at = random.nextBoolean() ? -random.nextLong(1L << 45) : random.nextLong(1L << 45);
        int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 3_000 : 30);
        for (int i = 0; i < n; i++) {
            line += random.nextInt(10) == 0 ? -random.nextInt(100) : random.nextInt(1_000);
            at += random.nextInt(10) == 0 ? -random.nextInt(1 << 30) : random.nextInt(1 << 30);
            Event.Builder b = Event.builder().eventId("e" + random.nextLong()).customerId(customer)
                    .type(pick(random, EventType.values())).atMillis(at)
                    .interactionId(text(random)).channel(maybe(random, Channel.values()))
                    .priority(maybe(random, Priority.values())).category(maybe(random, Category.values()))
                    .status(maybe(random, Status.values())).topic(text(random)).agentId(text(random))
                    .reasonCode(text(random)).reasonText(text(random)).queue(text(random))
                    .internal(random.nextBoolean()).sequence(line);
            if (random.nextBoolean()) {
                b.dueAt(Instant.ofEpochMilli(at + random.nextLong(-(1L << 40), 1L << 40)));
            }
            if (random.nextBoolean()) {
                b.rating(random.nextInt() % (random.nextBoolean() ? 6 : Integer.MAX_VALUE));
            }
            group.add(new PlacedEvent(b.build(), "f", line));
        }
        return group;
    }

    private static String text(Random random) {
        int k = random.nextInt(TEXTS.length + 3);
        return k < TEXTS.length ? TEXTS[k] : k == TEXTS.length ? null : "t" + random.nextInt(60);
    }

    private static <E> E pick(Random random, E[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <E> E maybe(Random random, E[] values) {
        return random.nextInt(4) == 0 ? null : pick(random, values);
    }

    /** Every field of the event, its sequence and its line. */
    private static String described(PlacedEvent p) {
        Event e = p.event();
        return String.join("|", e.getEventId(), String.valueOf(e.getType()), String.valueOf(e.getAt()),
                e.getCustomerId(), e.getInteractionId(), String.valueOf(e.getChannel()),
                String.valueOf(e.getPriority()), String.valueOf(e.getCategory()), String.valueOf(e.getStatus()), e.getTopic(), e.getAgentId(),
                e.getReasonCode(), e.getReasonText(), e.getQueue(), String.valueOf(e.getDueAt()),
                String.valueOf(e.getRating()), String.valueOf(e.isInternal()), String.valueOf(e.getSequence()),
                String.valueOf(p.line()));
    }

    private static EventBytes.Outline outline(Event e) {
        return new EventBytes.Outline(e.getType(), e.getAt(), e.getInteractionId(), e.getDueAt());
    }

    /** The first form: each event's line, then the core's event bytes. */
    private static byte[] firstForm(List<PlacedEvent> group) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (PlacedEvent p : group) {
                out.writeLong(p.line());
                EventBytes.write(out, p.event());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
