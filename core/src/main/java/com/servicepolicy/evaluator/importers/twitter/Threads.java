package com.servicepolicy.evaluator.importers.twitter;

import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.RawEvent;
import com.servicepolicy.evaluator.ingest.SourceRecords;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern MENTION = Pattern.compile("@(\\w+)");

    private final Duration silence;
    private final SourceRecords records;
    private final RowTally tally;
    private final Map<String, Thread> open = new LinkedHashMap<>();
    private final Map<String, String> brandOfTweet = new HashMap<>();

    Threads(Duration silence, SourceRecords records, RowTally tally) {
        this.silence = silence;
        this.records = records;
        this.tally = tally;
    }

    private static final class Thread {
        final String id;
        final String customer;
        Tweet last;

        Thread(String id, String customer, Tweet first) {
            this.id = id;
            this.customer = customer;
            this.last = first;
        }
    }

    void build(List<Tweet> tweets) {
        int n = tweets.size();
        Map<String, Tweet> byId = new HashMap<>((int) Math.min(1 << 30, n * 4L / 3 + 1)); // no rehashing of a million
        Set<String> brands = new HashSet<>();
        Instant end = Instant.MIN;
        for (Tweet t : tweets) {
            byId.put(t.id(), t);
            if (!t.inbound()) {
                brands.add(t.author());
            }
            end = t.at().isAfter(end) ? t.at() : end;
        }
        Tweet[] answeredBy = new Tweet[n]; // the tweet each one answers, looked up once
        for (int i = 0; i < n; i++) { // a customer's tweet belongs to the brand that answered it
            Tweet t = tweets.get(i);
            Tweet answered = t.inReplyTo() == null ? null : byId.get(t.inReplyTo());
            answeredBy[i] = answered;
            if (!t.inbound() && answered != null && answered.inbound()) {
                brandOfTweet.putIfAbsent(answered.id(), t.author());
            }
        }
        for (int i : TimeOrder.of(tweets)) {
            add(tweets.get(i), answeredBy[i], brands);
        }
        for (Thread thread : open.values()) {
            if (!thread.last.at().plus(silence).isAfter(end)) {
                resolve(thread);
            }
        }
    }

    private void add(Tweet t, Tweet answered, Set<String> brands) {
        String brand;
        String customer;
        if (t.inbound()) {
            if (brands.contains(t.author())) {
                tally.skipped(BRAND_AS_INBOUND);
                return;
            }
            customer = t.author();
            brand = brandOfTweet.get(t.id());
            if (brand == null && answered != null) {
                brand = answered.inbound() ? brandOfTweet.get(answered.id()) : answered.author();
            }
            if (brand == null) {
                brand = mention(t.text(), brands, false);
            }
            if (brand == null) {
                tally.skipped(NO_BRAND);
                return;
            }
            brandOfTweet.putIfAbsent(t.id(), brand);
        } else {
            brand = t.author();
            customer = answered != null && answered.inbound() ? answered.author() : mention(t.text(), brands, true);
            if (customer == null) {
                tally.skipped(NO_CUSTOMER);
                return;
            }
        }
        String key = brand + '\u0000' + customer;
        Thread thread = open.get(key);
        if (thread != null && thread.last.at().plus(silence).isBefore(t.at())) {
            resolve(thread);
            open.remove(key);
            thread = null;
        }
        if (thread == null) {
            if (!t.inbound()) {
                tally.skipped(REPLY_BEFORE_THREAD);
                return;
            }
            thread = new Thread(brand + "/" + customer + "/" + t.id(), customer, t);
            open.put(key, thread);
            RawEvent opened = event(thread, t, "OPENED").set(EventField.CHANNEL, "SOCIAL")
                    .set(EventField.CATEGORY, "SUPPORT").set(EventField.QUEUE, brand);
            emit(opened, t);
            return;
        }
        thread.last = t;
        emit(t.inbound() ? event(thread, t, "CUSTOMER_MESSAGE")
                : event(thread, t, "AGENT_REPLY").set(EventField.AGENT_ID, t.author()), t);
    }

    /**
     * For a customer's tweet the first mention of a brand seen in the file, else the first handle that is not a
     * customer's (twcs replaces customers' handles by numbers); for a brand's tweet the first customer's (numeric) one.
     */
    private static String mention(String text, Set<String> brands, boolean wantCustomer) {
        if (text == null) {
            return null;
        }
        String fallback = null;
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String handle = m.group(1);
            boolean customer = handle.chars().allMatch(Character::isDigit);
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
        RawEvent resolved = new RawEvent().set(EventField.EVENT_ID, "tw-" + last.id() + "/resolved")
                .set(EventField.TYPE, "RESOLVED").setTime(EventField.AT, at)
                .set(EventField.CUSTOMER_ID, thread.customer).set(EventField.INTERACTION_ID, thread.id)
                .set(EventField.REASON_TEXT, "silence of " + silence.toHours() + "h after the last tweet");
        tally.extraEvents(1);
        records.event(resolved, last.line());
    }

    private RawEvent event(Thread thread, Tweet t, String type) {
        return new RawEvent().set(EventField.EVENT_ID, "tw-" + t.id()).set(EventField.TYPE, type)
                .setTime(EventField.AT, t.at()).set(EventField.CUSTOMER_ID, thread.customer)
                .set(EventField.INTERACTION_ID, thread.id);
    }

    private void emit(RawEvent event, Tweet t) {
        tally.converted(1);
        records.event(event, t.line());
    }
}
