package com.servicepolicy.evaluator.spill;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An event as bytes, every field kept (the spill files' own form), for a run that moves accepted events
 * between processes of the same build (a Spark shuffle): far smaller than Java serialization, and the event
 * read back is equal to the one written.
 */
public final class EventBytes {
    private EventBytes() {
    }

    public static byte[] encode(Event event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            SpillCodec.writeEvent(out, event);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail
        }
        return bytes.toByteArray();
    }

    public static Event decode(byte[] bytes) {
        try {
            return SpillCodec.readEvent(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("not an event's bytes", e);
        }
    }

    /** Writes {@code event} in the same form to a stream of many (the nightly store's history rows). */
    public static void write(DataOutput out, Event event) throws IOException {
        SpillCodec.writeEvent(out, event);
    }

    /** Reads one event written by {@link #write}. */
    public static Event read(DataInput in) throws IOException {
        return SpillCodec.readEvent(in);
    }

    /** Reads one event written by {@link #write} into a builder, for a reader that changes a field before it makes it. */
    public static Event.Builder readBuilder(DataInput in) throws IOException {
        return SpillCodec.readEventBuilder(in);
    }

    /** The fields of an event that choosing a night's customers reads ({@link #readOutline}). */
    public record Outline(EventType type, long at, String interactionId, Long dueAt) {
    }

    /**
     * Reads one event written by {@link #write}, decoding only its {@link Outline}: the other fields are skipped,
     * not made into strings (the batch's choice reads every stored event of every customer).
     */
    public static Outline readOutline(DataInput in) throws IOException {
        return SpillCodec.readOutline(in);
    }
}
