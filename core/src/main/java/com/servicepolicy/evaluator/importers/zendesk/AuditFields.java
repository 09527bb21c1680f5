package com.servicepolicy.evaluator.importers.zendesk;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * An audit's ticket and time read from the parser's tokens, without its tree: making every audit a tree to read two
 * fields was half of a Zendesk import's work (and each is made a tree again where its ticket is converted). Only the
 * plain case is taken — {@code ticket_id} a string or an integer, {@code created_at} a string {@link Audit#instant}
 * reads, each given once; anything else (a missing, repeated or odd value, a bad time) is left to the tree, so values
 * and reasons stay the tree's. Every string's text is made, as the tree makes it, so that a string over Jackson's
 * length limit fails here as it did there.
 */
final class AuditFields {
    private AuditFields() {
    }

    /**
     * The audit whose object the parser is at (its start), read to the object's end: held as {@code text[offset,
     * offset + length)}; null when it must be read from its tree.
     */
    static Audit read(JsonParser parser, long line, byte[] text, int offset, int length) {
        String ticket = null;
        String created = null;
        boolean plain = true;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (name.equals("ticket_id")) {
                plain &= ticket == null;
                ticket = identifier(parser, value);
                plain &= ticket != null && !ticket.isEmpty();
            } else if (name.equals("created_at")) {
                plain &= created == null;
                if (value == JsonToken.VALUE_STRING) {
                    created = parser.getString();
                } else {
                    makeStrings(parser, value);
                    plain = false;
                }
            } else {
                makeStrings(parser, value);
            }
        }
        if (!plain || ticket == null || created == null) {
            return null;
        }
        Instant at;
        try {
            at = Audit.instant(created);
        } catch (DateTimeException e) {
            return null;
        }
        return Audit.of(line, ticket, at, text, offset, length);
    }

    /** The text the tree's {@code asString("")} gives a string or an integer that fits a long; null for any other. */
    private static String identifier(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        if (value == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = parser.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                return String.valueOf(parser.getLongValue());
            }
        }
        makeStrings(parser, value);
        return null;
    }

    /** Passes over the value at {@code value}, making the text of each string in it. */
    private static void makeStrings(JsonParser parser, JsonToken value) {
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
