package com.servicepolicy.evaluator.importers.zendesk;

import tools.jackson.core.JsonParser;

import java.util.Arrays;

/**
 * The few short texts that fill an audit's events (types, field names, statuses, priorities, channels), given as one
 * shared string each instead of a new string per event: a million audit events held until their tickets are converted
 * would otherwise hold several million copies of "Change" and "status". Equal texts, so nothing read differs.
 */
final class KnownTexts {
    private static final String[] TEXTS = {
            "Comment", "VoiceComment", "Create", "Change", "Notification", "status", "priority", "group_id",
            "requester_id", "assignee_id", "tags", "type", "subject", "new", "open", "pending", "hold", "solved",
            "closed", "low", "normal", "high", "urgent", "email", "web", "web_form", "web_widget", "mobile",
            "mobile_sdk", "chat", "native_messaging", "voice", "phone", "twitter", "facebook", "instagram_dm",
            "whatsapp", "api", "rule", "question", "incident", "problem", "task"};
    private static final int LONGEST = 16;
    private static final String[] TABLE = new String[128]; // open addressing, by hash of the characters
    private static final char[][] CHARS = new char[TABLE.length][]; // TABLE's texts as characters, to compare

    static {
        for (String t : TEXTS) {
            int slot = hash(t.toCharArray(), 0, t.length());
            while (TABLE[slot] != null) {
                slot = (slot + 1) & (TABLE.length - 1);
            }
            TABLE[slot] = t;
            CHARS[slot] = t.toCharArray();
        }
    }

    private KnownTexts() {
    }

    /** The text of the string the parser is at, shared when it is a known one. */
    static String string(JsonParser parser) {
        int length = parser.getStringLength();
        if (length > 0 && length <= LONGEST) {
            char[] chars = parser.getStringCharacters();
            int offset = parser.getStringOffset();
            for (int slot = hash(chars, offset, length); TABLE[slot] != null; slot = (slot + 1) & (TABLE.length - 1)) {
                if (Arrays.equals(CHARS[slot], 0, CHARS[slot].length, chars, offset, offset + length)) {
                    return TABLE[slot];
                }
            }
        }
        return parser.getString();
    }

    private static int hash(char[] chars, int offset, int length) {
        int h = length;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[offset + i];
        }
        return (h ^ (h >>> 7)) & (TABLE.length - 1);
    }
}
