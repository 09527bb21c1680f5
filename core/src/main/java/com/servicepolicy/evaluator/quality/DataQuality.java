package com.servicepolicy.evaluator.quality;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Looks at every accepted event of a log, in input order, for the problems real exports carry (docs/importers/findings.md)
 * — never changing what is evaluated, only telling. Holds one small record per interaction (about 100 bytes) and a count
 * per day. Not thread-safe.
 */
public final class DataQuality {
    static final int LISTED_PER_KIND = 1000;
    /** At least this many events at midnight, and this share of all, make a bulk (chance gives 1/1440 for minute times). */
    static final int MIDNIGHT_MIN = 5;
    static final double MIDNIGHT_SHARE = 0.005;
    /** A tail: the latest event more than a day after the day by which this share of events had happened. */
    static final double TAIL_QUANTILE = 0.95;
    static final int TAIL_TRIGGER_EVENTS = 100;
    private static final long DAY = 86_400_000L;

    private final List<ZoneId> zones;
    private final Map<String, Track> interactions = new LinkedHashMap<>(); // first seen first: the listing is stable
    private final TreeMap<Long, Long> eventsPerDay = new TreeMap<>();
    /** The day of the latest events and their count, not yet in {@link #eventsPerDay}: logs come mostly in time order. */
    private long currentDay = Long.MIN_VALUE;
    private long currentDayEvents;
    private long events;
    private long midnight;
    private Event firstMidnight;
    private long latest = Long.MIN_VALUE;

    /** Midnight is judged in UTC and in each of {@code zones} (the sources' own zones). */
    public DataQuality(Collection<ZoneId> zones) {
        Set<ZoneId> all = new LinkedHashSet<>();
        all.add(ZoneOffset.UTC);
        all.addAll(zones);
        this.zones = List.copyOf(all);
    }

    private static final class Track {
        String customer;
        String otherCustomer;
        int opened;
        long openedAt = Long.MAX_VALUE;
        long earliestOther = Long.MAX_VALUE;
        String earliestOtherId;
        long earliestResolved = Long.MAX_VALUE;
        String earliestResolvedId;
        String firstEventId;
    }

    public void accept(Event e) {
        events++;
        long at = e.getAt();
        latest = Math.max(latest, at);
        countDay(Math.floorDiv(at, DAY));
        if (atMidnight(at)) {
            if (midnight++ == 0) {
                firstMidnight = e;
            }
        }
        if (e.getInteractionId() == null) {
            return;
        }
        Track t = interactions.computeIfAbsent(e.getInteractionId(), id -> new Track());
        if (t.customer == null) {
            t.customer = e.getCustomerId();
            t.firstEventId = e.getEventId();
        } else if (t.otherCustomer == null && !t.customer.equals(e.getCustomerId())) {
            t.otherCustomer = e.getCustomerId();
        }
        if (e.getType() == EventType.OPENED) {
            t.opened++;
            t.openedAt = Math.min(t.openedAt, at);
        } else if (e.getType() == EventType.RESOLVED) {
            if (at < t.earliestResolved) {
                t.earliestResolved = at;
                t.earliestResolvedId = e.getEventId();
            }
        } else if (at < t.earliestOther) {
            t.earliestOther = at;
            t.earliestOtherId = e.getEventId();
        }
    }

    private void countDay(long day) {
        if (day != currentDay) {
            flushDay();
            currentDay = day;
        }
        currentDayEvents++;
    }

    private void flushDay() {
        if (currentDayEvents > 0) {
            eventsPerDay.merge(currentDay, currentDayEvents, Long::sum);
            currentDayEvents = 0;
        }
    }

    private boolean atMidnight(long at) {
        if (at % 1000 != 0) {
            return false; // every zone's offset is whole seconds, so midnight anywhere is a whole second
        }
        for (ZoneId zone : zones) {
            long offset = zone.getRules().getOffset(Instant.ofEpochMilli(at)).getTotalSeconds() * 1000L;
            if (Math.floorMod(at + offset, DAY) == 0) {
                return true;
            }
        }
        return false;
    }

    public Findings finish() {
        flushDay();
        Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
        List<Finding> listed = new ArrayList<>();
        interactions.forEach((id, t) -> {
            if (t.opened == 0) {
                add(counts, listed, FindingKind.NEVER_OPENED, id, "events from " + t.firstEventId + " on, but no OPENED");
                return;
            }
            if (t.opened > 1) {
                add(counts, listed, FindingKind.SECOND_OPENED, id, "OPENED " + t.opened + " times; the first counts");
            }
            if (t.otherCustomer != null) {
                add(counts, listed, FindingKind.TWO_CUSTOMERS, id, "events of customers " + t.customer + " and " + t.otherCustomer);
            }
            if (t.earliestResolved < t.openedAt) {
                add(counts, listed, FindingKind.RESOLVED_BEFORE_OPENED, id, t.earliestResolvedId + " resolves it at "
                        + Instant.ofEpochMilli(t.earliestResolved) + ", before its OPENED at " + Instant.ofEpochMilli(t.openedAt));
            }
            if (t.earliestOther < t.openedAt) {
                add(counts, listed, FindingKind.EVENTS_BEFORE_OPENED, id, t.earliestOtherId + " at "
                        + Instant.ofEpochMilli(t.earliestOther) + " comes before its OPENED at " + Instant.ofEpochMilli(t.openedAt));
            }
        });
        if (midnight >= MIDNIGHT_MIN && midnight >= MIDNIGHT_SHARE * events) {
            counts.put(FindingKind.MIDNIGHT_TIMES, midnight);
            listed.add(new Finding(FindingKind.MIDNIGHT_TIMES, firstMidnight.getEventId(), midnight + " of " + events
                    + " events at exactly midnight (UTC or the source's zone), the first " + firstMidnight.instant()
                    + ": a date-only column read as 00:00?"));
        }
        sparseTail(counts, listed);
        listed.sort(java.util.Comparator.comparing(Finding::kind).thenComparing(Finding::subject));
        return new Findings(counts, listed);
    }

    /**
     * The latest event sets the default asOf; the tail is sparse when the events after the day by which {@link
     * #TAIL_QUANTILE} of them had happened stretch over a longer time than the bulk between the (1 − quantile) share
     * and that day, and over more than a day: then asOf lies far beyond where the log's activity is.
     */
    private void sparseTail(Map<FindingKind, Long> counts, List<Finding> listed) {
        if (events < TAIL_TRIGGER_EVENTS) {
            return;
        }
        long seen = 0;
        Long bulkStartDay = null;
        for (Map.Entry<Long, Long> day : eventsPerDay.entrySet()) {
            seen += day.getValue();
            if (bulkStartDay == null && seen >= (1 - TAIL_QUANTILE) * events) {
                bulkStartDay = day.getKey();
            }
            if (seen >= TAIL_QUANTILE * events) {
                long bulkEnd = (day.getKey() + 1) * DAY;
                long tail = events - seen;
                long bulkSpan = bulkEnd - bulkStartDay * DAY;
                if (tail > 0 && latest - bulkEnd > Math.max(DAY, bulkSpan)) {
                    counts.put(FindingKind.SPARSE_TAIL, tail);
                    listed.add(new Finding(FindingKind.SPARSE_TAIL, Instant.ofEpochMilli(latest).toString(),
                            "the default asOf, the latest event, is set by " + tail + " of " + events + " events after "
                                    + Instant.ofEpochMilli(bulkEnd) + ", by which " + String.format(java.util.Locale.ROOT,
                                    "%.1f", 100.0 * seen / events) + " % had happened (the bulk spans "
                                    + bulkSpan / DAY + " days, the tail " + (latest - bulkEnd) / DAY
                                    + "); open interactions are judged as of then (give --as-of)"));
                }
                return;
            }
        }
    }

    private static void add(Map<FindingKind, Long> counts, List<Finding> listed, FindingKind kind, String subject, String detail) {
        long n = counts.merge(kind, 1L, Long::sum);
        if (n <= LISTED_PER_KIND) {
            listed.add(new Finding(kind, subject, detail));
        }
    }
}
