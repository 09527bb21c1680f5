package com.servicepolicy.evaluator.quality;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

/**
 * What the findings need of one interaction's events, as far as they have been seen: a few times and ids. Two tracks
 * of the same interaction, the second of events that came later in the input, merge into the track of all of them,
 * so that a large log's tracks can be written out in batches and put together afterwards ({@link SpilledTracks}).
 */
final class InteractionTrack {
    /** The number (in input order) of the interaction's first event: the first-seen interactions are listed first. */
    long firstSeen;
    String firstEventId;
    String customer;
    String otherCustomer;
    int opened;
    long openedAt = Long.MAX_VALUE;
    long earliestOther = Long.MAX_VALUE;
    String earliestOtherId;
    long earliestResolved = Long.MAX_VALUE;
    String earliestResolvedId;

    InteractionTrack(long firstSeen) {
        this.firstSeen = firstSeen;
    }

    void accept(Event e) {
        if (customer == null) {
            customer = e.getCustomerId();
            firstEventId = e.getEventId();
        } else if (otherCustomer == null && !customer.equals(e.getCustomerId())) {
            otherCustomer = e.getCustomerId();
        }
        long at = e.getAt();
        if (e.getType() == EventType.OPENED) {
            opened++;
            openedAt = Math.min(openedAt, at);
            forgetWhatCannotBeReported();
        } else if (e.getType() == EventType.RESOLVED) {
            if (at < earliestResolved && at < openedAt) {
                earliestResolved = at;
                earliestResolvedId = e.getEventId();
            }
        } else if (at < earliestOther && at < openedAt) {
            earliestOther = at;
            earliestOtherId = e.getEventId();
        }
    }

    /**
     * Once opened, the interaction is never reported as never opened, and an event at or after its OPENED never
     * comes before it (the OPENED that counts can only move earlier): their ids are let go. A million interactions'
     * tracks held about five texts each; most now hold two (their id and customer), which the collector copies.
     */
    private void forgetWhatCannotBeReported() {
        firstEventId = null;
        if (earliestOther >= openedAt) {
            earliestOther = Long.MAX_VALUE;
            earliestOtherId = null;
        }
        if (earliestResolved >= openedAt) {
            earliestResolved = Long.MAX_VALUE;
            earliestResolvedId = null;
        }
    }

    /** Adds the track of the same interaction's later events; ties keep the earlier event, as reading in order does. */
    void merge(InteractionTrack later) {
        if (otherCustomer == null) {
            otherCustomer = !Objects.equals(customer, later.customer) ? later.customer : later.otherCustomer;
        }
        opened += later.opened;
        openedAt = Math.min(openedAt, later.openedAt);
        if (later.earliestOther < earliestOther) {
            earliestOther = later.earliestOther;
            earliestOtherId = later.earliestOtherId;
        }
        if (later.earliestResolved < earliestResolved) {
            earliestResolved = later.earliestResolved;
            earliestResolvedId = later.earliestResolvedId;
        }
    }

    /** Adds this interaction's findings to {@code listing}. */
    void findings(String id, FindingListing listing) {
        if (opened == 0) {
            listing.add(FindingKind.NEVER_OPENED, firstSeen, id, "events from " + firstEventId + " on, but no OPENED");
            return;
        }
        if (opened > 1) {
            listing.add(FindingKind.SECOND_OPENED, firstSeen, id, "OPENED " + opened + " times; the first counts");
        }
        if (otherCustomer != null) {
            listing.add(FindingKind.TWO_CUSTOMERS, firstSeen, id, "events of customers " + customer + " and " + otherCustomer);
        }
        if (earliestResolved < openedAt) {
            listing.add(FindingKind.RESOLVED_BEFORE_OPENED, firstSeen, id, earliestResolvedId + " resolves it at "
                    + Instant.ofEpochMilli(earliestResolved) + ", before its OPENED at " + Instant.ofEpochMilli(openedAt));
        }
        if (earliestOther < openedAt) {
            listing.add(FindingKind.EVENTS_BEFORE_OPENED, firstSeen, id, earliestOtherId + " at "
                    + Instant.ofEpochMilli(earliestOther) + " comes before its OPENED at " + Instant.ofEpochMilli(openedAt));
        }
    }

    void write(String id, DataOutput out) throws IOException {
        out.writeUTF(id);
        out.writeLong(firstSeen);
        writeNullable(out, firstEventId);
        writeNullable(out, customer);
        writeNullable(out, otherCustomer);
        out.writeInt(opened);
        out.writeLong(openedAt);
        out.writeLong(earliestOther);
        writeNullable(out, earliestOtherId);
        out.writeLong(earliestResolved);
        writeNullable(out, earliestResolvedId);
    }

    /** Reads what {@link #write} wrote after the id (which the caller has read). */
    static InteractionTrack read(DataInput in) throws IOException {
        InteractionTrack t = new InteractionTrack(in.readLong());
        t.firstEventId = readNullable(in);
        t.customer = readNullable(in);
        t.otherCustomer = readNullable(in);
        t.opened = in.readInt();
        t.openedAt = in.readLong();
        t.earliestOther = in.readLong();
        t.earliestOtherId = readNullable(in);
        t.earliestResolved = in.readLong();
        t.earliestResolvedId = readNullable(in);
        return t;
    }

    private static void writeNullable(DataOutput out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
