package com.servicepolicy.evaluator.importers.zendesk;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What converting a ticket reads of one audit: its author, its channel and its events. Read once, where the audit is
 * first parsed (from its tokens by {@link AuditFields}, or from its tree by {@link #of}), so that the audit need not be
 * held as bytes and parsed into a tree a second time when its ticket is converted (that second parse was almost half of
 * a Zendesk import's worker time). {@link #of} is the reference: it reads the tree as the conversion always did.
 * Texts that are digits are held as numbers ({@link DigitTexts}); equal when every text read is equal.
 */
final class AuditContent {
    private final long authorNumber;
    private final String authorKept;
    private final String channel;
    private final List<Event> events;

    /**
     * @param authorId the audit's {@code author_id} as text ({@link #text}), null when absent
     * @param channel  {@code via.channel} as text, null when absent
     */
    AuditContent(String authorId, String channel, List<Event> events) {
        this(DigitTexts.NOT_A_NUMBER, authorId, channel, events);
    }

    /** With the author's text held as {@code authorNumber} and {@code authorKept} ({@link DigitTexts#text}). */
    AuditContent(long authorNumber, String authorKept, String channel, List<Event> events) {
        this.authorNumber = DigitTexts.held(authorNumber, authorKept);
        this.authorKept = DigitTexts.kept(authorKept, this.authorNumber);
        this.channel = channel;
        this.events = events;
    }

    String authorId() {
        return DigitTexts.text(authorNumber, authorKept);
    }

    String channel() {
        return channel;
    }

    List<Event> events() {
        return events;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditContent c && Objects.equals(authorId(), c.authorId()) && Objects.equals(channel, c.channel)
                && events.equals(c.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authorId(), channel, events);
    }

    @Override
    public String toString() {
        return "AuditContent[authorId=" + authorId() + ", channel=" + channel + ", events=" + events + "]";
    }

    /**
     * One audit event as the conversion reads it: {@code type}, {@code id} and {@code field_name} as the tree's
     * {@code asString("")}, {@code value} and {@code author_id} as {@link #text}, {@code public} as the tree's
     * {@code asBoolean(true)}.
     */
    static final class Event {
        private final String type;
        private final String fieldName;
        private final boolean isPublic;
        private final long idNumber;
        private final String idKept;
        private final long valueNumber;
        private final String valueKept;
        private final long authorNumber;
        private final String authorKept;

        Event(String type, String id, String fieldName, String value, boolean isPublic, String authorId) {
            this(type, fieldName, isPublic, DigitTexts.NOT_A_NUMBER, id, DigitTexts.NOT_A_NUMBER, value, DigitTexts.NOT_A_NUMBER,
                    authorId);
        }

        /** With the id, value and author texts each held as a number and a text ({@link DigitTexts#text}). */
        Event(String type, String fieldName, boolean isPublic, long idNumber, String id, long valueNumber, String value,
              long authorNumber, String authorId) {
            this.type = type;
            this.fieldName = fieldName;
            this.isPublic = isPublic;
            this.idNumber = DigitTexts.held(idNumber, id);
            this.idKept = DigitTexts.kept(id, this.idNumber);
            this.valueNumber = DigitTexts.held(valueNumber, value);
            this.valueKept = DigitTexts.kept(value, this.valueNumber);
            this.authorNumber = DigitTexts.held(authorNumber, authorId);
            this.authorKept = DigitTexts.kept(authorId, this.authorNumber);
        }

        String type() {
            return type;
        }

        String id() {
            return DigitTexts.text(idNumber, idKept);
        }

        /** {@code "zd-" + ticket + "-" + id()}, the log's id of the event made of it, without making {@link #id()}'s text. */
        String logEventId(String ticket) {
            return idNumber == DigitTexts.NOT_A_NUMBER ? "zd-" + ticket + "-" + idKept : "zd-" + ticket + "-" + idNumber;
        }

        String fieldName() {
            return fieldName;
        }

        String value() {
            return DigitTexts.text(valueNumber, valueKept);
        }

        boolean isPublic() {
            return isPublic;
        }

        String authorId() {
            return DigitTexts.text(authorNumber, authorKept);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Event e && type.equals(e.type) && id().equals(e.id()) && fieldName.equals(e.fieldName)
                    && Objects.equals(value(), e.value()) && isPublic == e.isPublic && Objects.equals(authorId(), e.authorId());
        }

        @Override
        public int hashCode() {
            return Objects.hash(type, id(), fieldName, value(), isPublic, authorId());
        }

        @Override
        public String toString() {
            return "Event[type=" + type + ", id=" + id() + ", fieldName=" + fieldName + ", value=" + value() + ", isPublic="
                    + isPublic + ", authorId=" + authorId() + "]";
        }
    }

    /** The content of an audit's tree. */
    static AuditContent of(JsonNode audit) {
        List<Event> events = new ArrayList<>();
        for (JsonNode e : audit.path("events")) {
            events.add(new Event(e.path("type").asString(""), e.path("id").asString(""), e.path("field_name").asString(""),
                    text(e.path("value")), e.path("public").asBoolean(true), text(e.path("author_id"))));
        }
        return new AuditContent(text(audit.path("author_id")), text(audit.path("via").path("channel")), List.copyOf(events));
    }

    /** A JSON scalar as text (ids are numbers in the API), null for null, missing, an array or an object. */
    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isArray() || node.isObject() ? null : node.asString();
    }
}
