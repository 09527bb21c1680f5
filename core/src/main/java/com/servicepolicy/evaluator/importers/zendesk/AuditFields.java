package com.servicepolicy.evaluator.importers.zendesk;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit read from the parser's tokens, without its tree: its ticket and time, and the {@link AuditContent} its
 * ticket's conversion needs. Only the plain case is taken — {@code ticket_id} a string or an integer, {@code created_at}
 * a string (a time {@link Audit#instant} refuses makes the audit unusable, as its tree does), {@code events} an array of
 * objects, {@code id} a string or an integer, every field read given once and of a type
 * whose text the tree's reading is known to give (see {@link #scalar} and {@link #name}); anything else (a missing,
 * repeated or odd value) is left to the tree, so values and reasons stay the tree's. Every string's text is
 * made, as the tree makes it, so that a string over Jackson's length limit fails here as it did there.
 */
final class AuditFields {
    /** Stands for a value the tree must read. */
    private static final String ODD = new String("odd");

    private final JsonParser parser;
    private boolean plain = true;

    private AuditFields(JsonParser parser) {
        this.parser = parser;
    }

    /** The audit whose object the parser is at (its start), read to the object's end; null when its tree must read it. */
    static Audit read(JsonParser parser, long line) {
        return new AuditFields(parser).audit(line);
    }

    private Audit audit(long line) {
        String ticket = null;
        String created = null;
        String author = null;
        String channel = null;
        List<AuditContent.Event> events = null;
        String auditId = "?"; // as the tree's asString("?") gives it, for an audit whose time is no time
        int seen = 0; // bit per field read, to leave a repeated one to the tree
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "ticket_id" -> {
                    seen = once(seen, 1);
                    ticket = identifier(value);
                }
                case "created_at" -> {
                    seen = once(seen, 2);
                    created = value == JsonToken.VALUE_STRING ? parser.getString() : odd(value);
                }
                case "author_id" -> {
                    seen = once(seen, 4);
                    author = scalar(value, false);
                }
                case "via" -> {
                    seen = once(seen, 8);
                    channel = channel(value);
                }
                case "events" -> {
                    seen = once(seen, 16);
                    events = events(value);
                }
                case "id" -> {
                    seen = once(seen, 32);
                    auditId = name(value);
                }
                default -> makeStrings(value);
            }
        }
        if (!plain || ticket == null || ticket.isEmpty() || created == null) {
            return null;
        }
        Instant at;
        try {
            at = Audit.instant(created);
        } catch (DateTimeException e) { // rejected as the tree's reading rejects it, without its tree
            return Audit.badTime(line, ticket, created, auditId, events == null ? 0 : events.size());
        }
        return Audit.of(line, ticket, at, new AuditContent(author, channel, events == null ? List.of() : List.copyOf(events)));
    }

    private List<AuditContent.Event> events(JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null; // the tree iterates a null as nothing
        }
        if (value != JsonToken.START_ARRAY) {
            odd(value);
            return null;
        }
        List<AuditContent.Event> events = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == JsonToken.START_OBJECT) {
                events.add(event());
            } else {
                odd(t);
            }
        }
        return events;
    }

    /** The event whose object the parser is at, read to its end. */
    private AuditContent.Event event() {
        String type = "";
        String id = "";
        String fieldName = "";
        String value = null;
        boolean isPublic = true;
        String author = null;
        int seen = 0;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "type" -> {
                    seen = once(seen, 1);
                    type = name(token);
                }
                case "id" -> {
                    seen = once(seen, 2);
                    id = name(token);
                }
                case "field_name" -> {
                    seen = once(seen, 4);
                    fieldName = name(token);
                }
                case "value" -> {
                    seen = once(seen, 8);
                    value = scalar(token, true);
                }
                case "public" -> {
                    seen = once(seen, 16);
                    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                        isPublic = token == JsonToken.VALUE_TRUE;
                    } else {
                        odd(token);
                    }
                }
                case "author_id" -> {
                    seen = once(seen, 32);
                    author = scalar(token, false);
                }
                default -> makeStrings(token);
            }
        }
        return new AuditContent.Event(type, id, fieldName, value, isPublic, author);
    }

    /** {@code via}: its {@code channel} as {@link AuditContent#text}; null when absent or {@code via} is null. */
    private String channel(JsonToken value) {
        if (value != JsonToken.START_OBJECT) {
            return value == JsonToken.VALUE_NULL ? null : odd(value);
        }
        String channel = null;
        boolean seen = false;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            if (name.equals("channel")) {
                plain &= !seen;
                seen = true;
                channel = scalar(token, true);
            } else {
                makeStrings(token);
            }
        }
        return channel;
    }

    /** Marks field {@code bit} as read; a second reading leaves the audit to the tree (whose last value wins). */
    private int once(int seen, int bit) {
        plain &= (seen & bit) == 0;
        return seen | bit;
    }

    /**
     * A value as {@link AuditContent#text} reads its tree: a string's text, an integer's digits, {@code true} or
     * {@code false}, null for null, an array or an object. {@code known}: a text likely one of {@link KnownTexts}.
     */
    private String scalar(JsonToken value, boolean known) {
        return switch (value) {
            case VALUE_STRING -> known ? KnownTexts.string(parser) : parser.getString();
            case VALUE_NUMBER_INT -> integer(value);
            case VALUE_NULL -> null;
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case START_ARRAY, START_OBJECT -> {
                makeStrings(value);
                yield null;
            }
            default -> odd(value);
        };
    }

    /** A value as the tree's {@code asString("")} reads it, when a string or an integer (else left to the tree). */
    private String name(JsonToken value) {
        return value == JsonToken.VALUE_STRING ? KnownTexts.string(parser)
                : value == JsonToken.VALUE_NUMBER_INT ? integer(value) : odd(value);
    }

    /** {@code ticket_id}: a string, or an integer that fits a long; else left to the tree. */
    private String identifier(JsonToken value) {
        return value == JsonToken.VALUE_STRING ? parser.getString()
                : value == JsonToken.VALUE_NUMBER_INT ? integer(value) : odd(value);
    }

    /** An integer's digits as the tree gives them, when it fits a long; else left to the tree. */
    private String integer(JsonToken value) {
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG
                ? String.valueOf(parser.getLongValue()) : odd(value);
    }

    /** Passes over a value the tree must read, and leaves the audit to it. */
    private String odd(JsonToken value) {
        plain = false;
        makeStrings(value);
        return ODD;
    }

    /** Passes over the value at {@code value}, making the text of each string in it. */
    private void makeStrings(JsonToken value) {
        int depth = 0;
        for (JsonToken t = value; ; t = parser.nextToken()) {
            if (t == JsonToken.VALUE_STRING) {
                parser.getString();
            } else if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            }
            if (depth == 0) {
                return;
            }
        }
    }
}
