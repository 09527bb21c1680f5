package com.servicepolicy.evaluator.importers.twitter;

import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.RawEvent;
import com.servicepolicy.evaluator.ingest.SourceRecords;
import com.servicepolicy.evaluator.ingest.TextLimits;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups tweets, in time order, into threads of one customer with one brand (docs/importers/twcs.md): the customer's
 * first tweet opens a thread, their later tweets are messages, the brand's tweets replies; a silence longer than
 * {@code silence} ends a thread as resolved — at the brand's last reply, or, when the customer had the last word, once
 * the silence has passed (the wait counts against the brand).
 */
final class Threads {
    static final String BRAND_AS_INBOUND = "a brand account's tweet marked inbound (a brand writing to another brand)";
    static final String NO_BRAND = "a customer tweet that no brand answered and that answers and mentions none";
    static final String NO_CUSTOMER = "a brand tweet that answers and mentions no customer";
    static final String REPLY_BEFORE_THREAD = "a brand reply whose customer tweet is not in the file (no thread to add it to)";

    private final Duration silence;
    private final String silenceReason; // the same for every thread resolved by silence
    private final SourceRecords records;
    private final RowTally tally;
    private final Map<ThreadKey, Thread> open = new LinkedHashMap<>();
    private String[] brandOfTweet; // by the place of an id's tweet (TweetPlaces): the brand its thread is with

    Threads(Duration silence, SourceRecords records, RowTally tally) {
        this.silence = silence;
        this.silenceReason = "silence of " + silence.toHours() + "h after the last tweet";
        this.records = records;
        this.tally = tally;
    }

    /** A thread's customer with its brand: their strings' hashes are kept (the authors' made on workers), no text made per tweet. */
    private record ThreadKey(String brand, String customer) {
        @Override
        public int hashCode() { // written out: the record's own goes through method handles, a tenth of a tweet's cost
            return 31 * brand.hashCode() + customer.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ThreadKey k && brand.equals(k.brand) && customer.equals(k.customer);
        }
    }

    private static final class Thread {
        final String id;
        final String customer;
        // the brand and the customer are clean texts (TextLimits.clean), so the thread's id is, and its events give
        // them as such: checked once per thread, not by the validator once per event and field
        final boolean clean;
        Tweet last;
        String lastEventId; // the last tweet's event id, made once

        Thread(String brand, String customer, Tweet first) {
            this.id = brand + "/" + customer + "/" + first.id();
            this.customer = customer;
            this.clean = TextLimits.clean(brand) && TextLimits.clean(customer);
            this.last = first;
        }

        /** Sets a field to a text of the thread's (its id, customer or brand): as clean when they are. */
        RawEvent set(RawEvent event, EventField field, String text) {
            return clean ? event.setClean(field, text) : event.set(field, text);
        }
    }

    /** Fewer tweets than this are looked up and laid out on the reading thread. */
    static final int ON_WORKERS_FROM = 1 << 14;

    void build(List<Tweet> tweets) {
        build(tweets, ON_WORKERS_FROM);
    }

    /**
     * With the look-ups and the layout in time order on workers from {@code onWorkersFrom} tweets; with
     * {@code Integer.MAX_VALUE}, the reference: each tweet looked up and read where it is needed, in one loop each.
     */
    void build(List<Tweet> tweets, int onWorkersFrom) {
        if (onWorkersFrom == Integer.MAX_VALUE) {
            buildOneByOne(tweets);
            return;
        }
        int n = tweets.size();
        TweetPlaces places = new TweetPlaces(tweets);
        boolean unique = places.idsAreUnique();
        int[] answeredAt = new int[n]; // the place of the tweet each one answers (-1: none), looked up once
        int[] placeOf = unique ? null : new int[n]; // each tweet's id's place, when that is not its own
        InParts lookUps = places.lookUp(tweets, answeredAt, placeOf, onWorkersFrom);
        brandOfTweet = new String[n];
        Set<String> brands = new HashSet<>();
        Instant end = brandsAndEnd(tweets, brands);
        int[] timeOrder = TimeOrder.of(tweets);
        lookUps.await();
        // What each step in time order reads, laid out in that order by workers: the steps then read it in sequence,
        // not by scattered indexes (a cache miss each, most of the time the steps took).
        Tweet[] tweet = new Tweet[n];
        int[] place = new int[n];
        Tweet[] answeredTweet = new Tweet[n];
        int[] answeredPlace = new int[n];
        // and what depends on the tweet and the brands alone, not on the threads so far: kept out of the steps (and of
        // what C2 compiles with them, where a late first mention of a new kind deoptimized all of it)
        String[] noneReason = new String[n];
        String[] toldByTweet = new String[n];
        String[] eventId = new String[n]; // its text (the number's digits) made on workers: 0.2 s of the steps' thread
        InParts layout = InParts.start(n, onWorkersFrom, (from, to) -> {
            for (int k = from; k < to; k++) {
                int i = timeOrder[k];
                Tweet t = tweets.get(i);
                tweet[k] = t;
                place[k] = unique ? i : placeOf[i];
                int answered = answeredAt[i];
                answeredPlace[k] = answered;
                answeredTweet[k] = answered < 0 ? null : tweets.get(answered);
                noneReason[k] = noneReason(t, brands);
                toldByTweet[k] = toldByTweet(t, answeredTweet[k], brands);
                eventId[k] = t.eventId();
            }
        });
        for (int i = 0; i < n; i++) { // a customer's tweet belongs to the brand that answered it
            Tweet t = tweets.get(i);
            int answered = answeredAt[i];
            if (!t.inbound() && answered >= 0 && tweets.get(answered).inbound() && brandOfTweet[answered] == null) {
                brandOfTweet[answered] = t.author();
            }
        }
        layout.await();
        for (int k = 0; k < n; k++) {
            add(tweet[k], place[k], answeredTweet[k], answeredPlace[k], noneReason[k], toldByTweet[k], eventId[k]);
        }
        resolveSilent(end);
    }

    private void buildOneByOne(List<Tweet> tweets) {
        int n = tweets.size();
        TweetPlaces places = new TweetPlaces(tweets);
        brandOfTweet = new String[n];
        Set<String> brands = new HashSet<>();
        Instant end = brandsAndEnd(tweets, brands);
        int[] answeredAt = new int[n];
        for (int i = 0; i < n; i++) {
            Tweet t = tweets.get(i);
            int answered = t.inReplyTo() == null ? -1 : places.of(t.inReplyTo());
            answeredAt[i] = answered;
            if (!t.inbound() && answered >= 0 && tweets.get(answered).inbound() && brandOfTweet[answered] == null) {
                brandOfTweet[answered] = t.author();
            }
        }
        boolean unique = places.idsAreUnique();
        for (int i : TimeOrder.of(tweets)) {
            Tweet t = tweets.get(i);
            int answered = answeredAt[i];
            Tweet answeredTweet = answered < 0 ? null : tweets.get(answered);
            add(t, unique ? i : places.of(t.id()), answeredTweet, answered, noneReason(t, brands),
                    toldByTweet(t, answeredTweet, brands), t.eventId());
        }
        resolveSilent(end);
    }

    /** Adds the authors of outbound tweets (the brands) to {@code brands}; returns the file's last time. */
    private static Instant brandsAndEnd(List<Tweet> tweets, Set<String> brands) {
        Instant end = Instant.MIN;
        for (Tweet t : tweets) {
            if (!t.inbound()) {
                brands.add(t.author());
            }
            end = t.at().isAfter(end) ? t.at() : end;
        }
        return end;
    }

    /** Resolves the threads still open whose silence had passed by {@code end}, the file's last time. */
    private void resolveSilent(Instant end) {
        for (Thread thread : open.values()) {
            if (!thread.last.at().plus(silence).isAfter(end)) {
                resolve(thread);
            }
        }
    }

    /**
     * Why a tweet is skipped when it finds no thread's other side: a customer's tweet that is a brand's is skipped
     * whatever it finds ({@link #add}).
     */
    private static String noneReason(Tweet t, Set<String> brands) {
        return !t.inbound() ? NO_CUSTOMER : brands.contains(t.author()) ? BRAND_AS_INBOUND : NO_BRAND;
    }

    /**
     * What a tweet alone tells of its thread's other side: for a brand's tweet, the customer it answers, else the first
     * it mentions (all there is to know); for a customer's, the brand it mentions, the last resort when the threads so
     * far tell nothing ({@link #brandOfCustomerTweet}).
     */
    private static String toldByTweet(Tweet t, Tweet answered, Set<String> brands) {
        return !t.inbound() && answered != null && answered.inbound() ? answered.author()
                : mention(t.mentions(), brands, !t.inbound());
    }

    /**
     * A tweet at {@code place} (its id's) that answers {@code answered} at {@code answeredPlace} (null and -1: none);
     * {@code noneReason} why it is skipped when it finds no brand or customer ({@link #noneReason}), {@code told}
     * what it tells of them by itself ({@link #toldByTweet}), {@code eventId} its {@link Tweet#eventId}. They depend on the tweet alone, so workers find them
     * beforehand: this runs on one thread for every tweet in time order, and C2 compiled it four times, each time
     * inlining about 7 KB, after a branch first taken late (a mention of a new kind, a first skip of a kind)
     * deoptimized it. Skips are one branch here, whatever their reason; a thread's opening and a silence's end are a
     * method of their own.
     */
    private void add(Tweet t, int place, Tweet answered, int answeredPlace, String noneReason, String told, String eventId) {
        boolean inbound = t.inbound();
        String found = BRAND_AS_INBOUND.equals(noneReason) ? null
                : inbound ? brandOfCustomerTweet(place, answered, answeredPlace, told) : told;
        if (found == null) {
            tally.skipped(noneReason);
            return;
        }
        String brand = inbound ? found : t.author();
        String customer = inbound ? t.author() : found;
        ThreadKey key = new ThreadKey(brand, customer);
        Thread thread = open.get(key);
        if (thread == null || thread.last.at().plus(silence).isBefore(t.at())) {
            startOrSkip(key, thread, brand, customer, t, eventId);
            return;
        }
        thread.last = t;
        thread.lastEventId = eventId;
        RawEvent made = event(thread, t, inbound ? "CUSTOMER_MESSAGE" : "AGENT_REPLY", eventId);
        emit(inbound ? made : thread.set(made, EventField.AGENT_ID, brand), t); // the author is the brand
    }

    /**
     * The brand a customer's tweet is with (noted at its place for the later ones): the one noted, else the one of the
     * tweet it answers, else the one it mentions ({@code mentioned}); or null.
     */
    private String brandOfCustomerTweet(int place, Tweet answered, int answeredPlace, String mentioned) {
        String brand = brandOfTweet[place];
        if (brand == null) {
            brand = answered == null ? null : answered.inbound() ? brandOfTweet[answeredPlace] : answered.author();
            brandOfTweet[place] = brand = brand != null ? brand : mentioned;
        }
        return brand;
    }

    /**
     * Ends {@code silent} (null: no thread open) as resolved, then opens a thread with the customer's tweet {@code t},
     * or skips a brand's reply that has no thread to join.
     */
    private void startOrSkip(ThreadKey key, Thread silent, String brand, String customer, Tweet t, String eventId) {
        if (silent != null) {
            resolve(silent);
            open.remove(key);
        }
        if (!t.inbound()) {
            tally.skipped(REPLY_BEFORE_THREAD);
            return;
        }
        Thread thread = new Thread(brand, customer, t);
        thread.lastEventId = eventId;
        open.put(key, thread);
        RawEvent opened = event(thread, t, "OPENED", eventId).setClean(EventField.CHANNEL, "SOCIAL")
                .setClean(EventField.CATEGORY, "SUPPORT");
        emit(thread.set(opened, EventField.QUEUE, brand), t);
    }

    /**
     * For a customer's tweet the first mention of a brand seen in the file, else the first handle that is not a
     * customer's (twcs replaces customers' handles by numbers); for a brand's tweet the first customer's (numeric) one.
     */
    private static String mention(String[] handles, Set<String> brands, boolean wantCustomer) {
        if (handles == null) {
            return null;
        }
        String fallback = null;
        for (String handle : handles) {
            boolean customer = Digits.only(handle);
            if (wantCustomer && customer) {
                return handle;
            }
            if (!wantCustomer && brands.contains(handle)) {
                return handle;
            }
            if (!wantCustomer && !customer && fallback == null) {
                fallback = handle;
            }
        }
        return fallback;
    }

    private void resolve(Thread thread) {
        Tweet last = thread.last;
        Instant at = last.inbound() ? last.at().plus(silence) : last.at();
        RawEvent resolved = new RawEvent().setClean(EventField.EVENT_ID, thread.lastEventId.concat("/resolved"))
                .setClean(EventField.TYPE, "RESOLVED").setTime(EventField.AT, at)
                .setClean(EventField.REASON_TEXT, silenceReason);
        thread.set(resolved, EventField.CUSTOMER_ID, thread.customer);
        thread.set(resolved, EventField.INTERACTION_ID, thread.id);
        tally.extraEvents(1);
        records.event(resolved, last.line());
    }

    /** A tweet's event, {@code eventId} its id: clean, being digits of the BMP only (TweetRows), and so are the types. */
    private RawEvent event(Thread thread, Tweet t, String type, String eventId) {
        RawEvent event = new RawEvent().setClean(EventField.EVENT_ID, eventId).setClean(EventField.TYPE, type)
                .setTime(EventField.AT, t.at());
        thread.set(event, EventField.CUSTOMER_ID, thread.customer);
        return thread.set(event, EventField.INTERACTION_ID, thread.id);
    }

    private void emit(RawEvent event, Tweet t) {
        tally.converted(1);
        records.event(event, t.line());
    }
}
