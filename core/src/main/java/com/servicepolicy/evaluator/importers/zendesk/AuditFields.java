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

    // what value(token, kind) takes, as bits of kind
    private static final int STRINGS = 1;
    private static final int KNOWN = 2;
    private static final int INTEGERS = 4;
    private static final int BOOLEANS = 8;
    private static final int NULLS_AND_STRUCTURES = 16;
    private static final int SKIP = 32;
    private static final int ODD_VALUE = 0;
    /** As the tree's {@code asString("")} reads it, when a string or an integer. */
    private static final int NAME = STRINGS | KNOWN | INTEGERS;
    /** As {@link AuditContent#text} reads it. */
    private static final int SCALAR = STRINGS | INTEGERS | BOOLEANS | NULLS_AND_STRUCTURES;
    private static final int SCALAR_KNOWN = SCALAR | KNOWN;
    /** ticket_id, created_at, author_id, id. */
    private static final int[] AUDIT_KINDS = {STRINGS | INTEGERS, STRINGS, SCALAR, NAME};
    /** type, id, field_name, value, public, author_id. */
    private static final int[] EVENT_KINDS = {NAME, NAME, NAME, SCALAR_KNOWN, BOOLEANS, SCALAR};

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
            JsonToken token = parser.nextToken();
            int field = switch (name) {
                case "ticket_id" -> 0;
                case "created_at" -> 1;
                case "author_id" -> 2;
                case "id" -> 3;
                case "via" -> 4;
                case "events" -> 5;
                default -> -1;
            };
            seen = once(seen, field);
            if (field == 4) {
                channel = channel(token);
            } else if (field == 5) {
                events = events(token);
            } else {
                String text = value(token, field < 0 ? SKIP : AUDIT_KINDS[field]);
                switch (field) {
                    case 0 -> ticket = text;
                    case 1 -> created = text;
                    case 2 -> author = text;
                    case 3 -> auditId = text;
                    default -> { }
                }
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
            value(value, ODD_VALUE);
            return null;
        }
        List<AuditContent.Event> events = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == JsonToken.START_OBJECT) {
                events.add(event());
            } else {
                value(t, ODD_VALUE);
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
        String isPublic = "true";
        String author = null;
        int seen = 0;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            int field = switch (name) {
                case "type" -> 0;
                case "id" -> 1;
                case "field_name" -> 2;
                case "value" -> 3;
                case "public" -> 4;
                case "author_id" -> 5;
                default -> -1;
            };
            seen = once(seen, field);
            String text = value(token, field < 0 ? SKIP : EVENT_KINDS[field]);
            switch (field) {
                case 0 -> type = text;
                case 1 -> id = text;
                case 2 -> fieldName = text;
                case 3 -> value = text;
                case 4 -> isPublic = text;
                case 5 -> author = text;
                default -> { }
            }
        }
        return new AuditContent.Event(type, id, fieldName, value, !"false".equals(isPublic), author);
    }

    /** {@code via}: its {@code channel} as {@link AuditContent#text}; null when absent or {@code via} is null. */
    private String channel(JsonToken value) {
        if (value != JsonToken.START_OBJECT) {
            return value == JsonToken.VALUE_NULL ? null : value(value, ODD_VALUE);
        }
        String channel = null;
        boolean seen = false;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            boolean isChannel = name.equals("channel");
            plain &= !(isChannel && seen);
            seen |= isChannel;
            String text = value(token, isChannel ? SCALAR_KNOWN : SKIP);
            channel = isChannel ? text : channel;
        }
        return channel;
    }

    /** Marks field {@code field} (-1: none) as read; a second reading leaves the audit to the tree (whose last value wins). */
    private int once(int seen, int field) {
        int bit = field < 0 ? 0 : 1 << field;
        plain &= (seen & bit) == 0;
        return seen | bit;
    }

    /**
     * The value at {@code token} as read by {@code kind} (what it takes, as bits): a string's text ({@link #STRINGS}, a
     * shared one when {@link #KNOWN}), an integer's digits when it fits a long ({@link #INTEGERS}), {@code true} or
     * {@code false} ({@link #BOOLEANS}), null for null and, passed over, for an array or an object ({@link
     * #NULLS_AND_STRUCTURES}); any other value is passed over and leaves the audit to the tree, except for {@link
     * #SKIP}, which passes over anything. Every field is read here, at one call site per loop: C2 compiled a copy of
     * Jackson's string, number and skipping code for every field's own helper call (AuditFields.event was 70 KB).
     */
    private String value(JsonToken token, int kind) {
        switch (token) {
            case VALUE_STRING -> {
                if ((kind & STRINGS) != 0) {
                    return (kind & KNOWN) != 0 ? KnownTexts.string(parser) : parser.getString();
                }
            }
            case VALUE_NUMBER_INT -> {
                String digits = (kind & INTEGERS) != 0 ? integer() : null;
                if (digits != null) {
                    return digits;
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                if ((kind & BOOLEANS) != 0) {
                    return token == JsonToken.VALUE_TRUE ? "true" : "false";
                }
            }
            case VALUE_NULL -> {
                if ((kind & NULLS_AND_STRUCTURES) != 0) {
                    return null;
                }
            }
            default -> { }
        }
        boolean passed = kind == SKIP || (kind & NULLS_AND_STRUCTURES) != 0 && token.isStructStart();
        plain &= passed;
        makeStrings(token);
        return passed ? null : ODD;
    }

    /**
     * The integer the parser is at as the tree gives it, {@code String.valueOf} of its long, or null when it does not fit
     * one. Its text as written is that when it has at most 18 digits, other than {@code -0}: a JSON integer has no
     * leading zero or plus sign (Jackson refuses them). Converting the text to a long and back was a tenth of a worker's
     * time. {@link #integerAsLong} is the reference, and what longer ones take.
     */
    private String integer() {
        String text = parser.getString();
        int digits = text.charAt(0) == '-' ? text.length() - 1 : text.length();
        return digits <= 18 && !text.equals("-0") ? text : integerAsLong();
    }

    private String integerAsLong() {
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG
                ? String.valueOf(parser.getLongValue()) : null;
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
