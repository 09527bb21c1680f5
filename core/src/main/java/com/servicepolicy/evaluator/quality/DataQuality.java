package com.servicepolicy.evaluator.quality;

import com.servicepolicy.evaluator.event.Event;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Looks at every accepted event of a log, in input order, for the problems real exports carry (docs/importers/findings.md)
 * — never changing what is evaluated, only telling. Holds a track per interaction (about 250 bytes with its ids) and a
 * count per day; given a directory, it writes the tracks out there whenever it holds more than its limit, and puts
 * them together at the end ({@link SpilledTracks}), with the same findings. Not thread-safe.
 */
public final class DataQuality implements AutoCloseable {
    static final int LISTED_PER_KIND = 1000;
    /** At least this many events at midnight, and this share of all, make a bulk (chance gives 1/1440 for minute times). */
    static final int MIDNIGHT_MIN = 5;
    static final double MIDNIGHT_SHARE = 0.005;
    /** A tail: the latest event more than a day after the day by which this share of events had happened. */
    static final double TAIL_QUANTILE = 0.95;
    static final int TAIL_TRIGGER_EVENTS = 100;
    private static final long DAY = 86_400_000L;

    private final List<ZoneId> zones;
    private final Path spillDir;
    private final int maxTracks;
    private final Map<String, InteractionTrack> interactions = new HashMap<>();
    /** The last event's interaction and track: an interaction's events mostly follow one another, and a look-up in a
     * map of a million tracks misses the cache (a tenth of a large night's evaluate step). */
    private String lastInteractionId;
    private InteractionTrack lastTrack;
    private SpilledTracks spilled;
    private final TreeMap<Long, Long> eventsPerDay = new TreeMap<>();
    /** The day of the latest events and their count, not yet in {@link #eventsPerDay}: logs come mostly in time order. */
    private long currentDay = Long.MIN_VALUE;
    private long currentDayEvents;
    private long events;
    private long midnight;
    private Event firstMidnight;
    private long latest = Long.MIN_VALUE;

    /** Midnight is judged in UTC and in each of {@code zones} (the sources' own zones). Every track in the heap. */
    public DataQuality(Collection<ZoneId> zones) {
        this(zones, null, Integer.MAX_VALUE);
    }

    /** As {@link #DataQuality(Collection)}, at most {@code maxTracks} interactions' tracks in the heap, the rest in {@code spillDir}. */
    public DataQuality(Collection<ZoneId> zones, Path spillDir, int maxTracks) {
        if (maxTracks < 1) {
            throw new IllegalArgumentException("maxTracks must be at least 1, was " + maxTracks);
        }
        Set<ZoneId> all = new LinkedHashSet<>();
        all.add(ZoneOffset.UTC);
        all.addAll(zones);
        this.zones = List.copyOf(all);
        this.spillDir = spillDir;
        this.maxTracks = spillDir == null ? Integer.MAX_VALUE : maxTracks;
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
        String interaction = e.getInteractionId();
        if (interaction == null) {
            return;
        }
        InteractionTrack t = interaction.equals(lastInteractionId) ? lastTrack : interactions.get(interaction);
        if (t == null) {
            if (interactions.size() >= maxTracks) {
                spillTracks();
            }
            t = new InteractionTrack(events);
            interactions.put(interaction, t);
        }
        t.accept(e);
        lastInteractionId = interaction;
        lastTrack = t;
    }

    private void spillTracks() {
        if (spilled == null) {
            spilled = new SpilledTracks(spillDir);
        }
        spilled.write(interactions);
        interactions.clear();
        lastInteractionId = null;
        lastTrack = null;
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

    /** Removes the tracks written out, if any, when the findings will not be asked for; finishing removes them too. */
    @Override
    public void close() {
        if (spilled != null) {
            spilled.close();
            spilled = null;
        }
        interactions.clear();
        lastInteractionId = null;
        lastTrack = null;
    }

    public Findings finish() {
        flushDay();
        FindingListing listing = new FindingListing(LISTED_PER_KIND);
        if (spilled == null) {
            interactions.forEach((id, t) -> t.findings(id, listing));
        } else {
            try (SpilledTracks tracks = spilled) {
                spillTracks();
                tracks.forEachMerged((id, t) -> t.findings(id, listing));
            }
            spilled = null;
        }
        Map<FindingKind, Long> counts = new EnumMap<>(listing.counts());
        List<Finding> listed = listing.listed();
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
}
