package com.servicepolicy.evaluator.spill;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is spilled is read back with every field, including absent ones and text outside Latin-1. */
class SpillCodecTest {
    /**
     * An event with every field, texts in Latin-1 beyond ASCII and outside it (a lone surrogate too), and one with only
     * what is required.
     */
    static List<Event> eventsOfEveryShape() {
        Event full = Event.builder().eventId("E\u00e91").type(EventType.CALLBACK_PROMISED)
                .at(Instant.parse("2026-01-05T08:00:00.123Z")).customerId("C\u4e00").interactionId("I\uD83D\uDE00")
                .channel(Channel.PHONE).priority(Priority.URGENT).category(Category.COMPLAINT).topic("t \u20ac")
                .agentId("A").reasonCode("R").reasonText("line\nnext \uD83D").dueAt(Instant.parse("2026-01-06T00:00:00Z"))
                .rating(-3).status(Status.ON_HOLD).internal(true).queue("q\u4e8c").sequence(1L << 40).build();
        Event sparse = Event.builder().eventId("E2").type(EventType.REVIEW_POSTED).atMillis(-5).customerId("").build();
        return List.of(full, sparse);
    }

    @Test
    void eventsComeBackWithEveryField() throws IOException {
        for (Event e : eventsOfEveryShape()) {
            Event back = roundTrip(out -> SpillCodec.writeEvent(out, e), SpillCodec::readEvent);
            assertThat(back).usingRecursiveComparison().isEqualTo(e);
        }
    }

    @Test
    void anOutlineReadsTypeTimeInteractionAndDueTimeAndSkipsTheRest() throws IOException {
        for (Event e : eventsOfEveryShape()) {
            EventBytes.Outline outline = roundTrip(out -> SpillCodec.writeEvent(out, e), SpillCodec::readOutline);
            assertThat(outline).isEqualTo(new EventBytes.Outline(e.getType(), e.getAt(), e.getInteractionId(),
                    e.getDueAt()));
        }
    }

    @Test
    void customersAndViolationsComeBackEqual() throws IOException {
        Customer customer = new Customer("C1", Map.of("ethnicity", "group \u4e00", "age", "18-24"));
        assertThat(roundTrip(out -> SpillCodec.writeCustomer(out, customer), SpillCodec::readCustomer)).isEqualTo(customer);
        Violation full = new Violation("RESP-001", "n", "p", Severity.MAJOR, "I1", "C1", "I1", "E1", 1.5, 2.0, "h",
                "m \u20ac", List.of(new RecommendedAction("A", "d"), new RecommendedAction("B", "e")), "rule", "gold");
        Violation sparse = new Violation("FAIR-003", null, null, null, "x", null, null, null, null, null, null, null,
                List.of(), null, null);
        for (Violation v : List.of(full, sparse)) {
            assertThat(roundTrip(out -> SpillCodec.writeViolation(out, v), SpillCodec::readViolation)).isEqualTo(v);
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> T roundTrip(Writer writer, Reader<T> reader) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
            out.writeByte(42);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        T back = reader.read(in);
        assertThat(in.readByte()).as("read exactly what was written").isEqualTo((byte) 42);
        return back;
    }
}
