package com.servicepolicy.evaluator.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates event-log lines for property tests: events whose every contract field is, at random, absent, null,
 * a good value, empty, arbitrary text (any UTF-16 code unit: U+0000, control characters, lone surrogates, emoji,
 * CJK, quotes), text at and around its length limit, a number, a boolean, an object, or a time at and past the
 * contract's range; now and then a repeated id, a line that is not JSON, or bytes that are not UTF-8. Seeded, so a
 * failure is reproduced by its seed (printed by the tests). Hand-written: the property tests need generation, not
 * a framework (see docs/decisions.md).
 */
public final class ArbitraryLines {
    private static final String[] FIELDS = {"eventId", "type", "at", "customerId", "interactionId", "channel",
        "priority", "category", "topic", "agentId", "reasonCode", "reasonText", "dueAt", "rating", "status", "internal",
        "queue"};
    private static final String[] TYPES = {"OPENED", "CUSTOMER_MESSAGE", "AGENT_REPLY", "RESOLVED", "REOPENED",
        "REFUSED", "FOLLOW_UP", "CALLBACK_PROMISED", "ACCOMMODATION_REQUESTED", "ACCOMMODATION_GRANTED",
        "ACCOMMODATION_DENIED", "REVIEW_POSTED", "STATUS_CHANGED", "PRIORITY_CHANGED"};
    private static final String[] TIMES = {"2026-06-20T08:00:00Z", "1970-01-01T00:00:00Z", "2999-12-31T23:59:59Z",
        "3000-01-01T00:00:00Z", "9999-06-20T08:00:00Z", "0000-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
        "2026-06-20T08:00:00", "2026-02-30T08:00:00Z", "2026-06-20T10:00:00+02:00", "+12026-06-20T08:00:00Z", "bad"};
    private static final int[] LIMITS = {512, 1000, 200, 10_000};

    private final SplittableRandom random;
    private final List<String> ids = new ArrayList<>();
    private final String idPrefix;

    public ArbitraryLines(long seed) {
        this.random = new SplittableRandom(seed);
        this.idPrefix = "e" + Long.toString(seed, 36) + "-";
    }

    /** {@code count} lines as UTF-8 bytes, each ending with LF. */
    public byte[] file(int count) {
        StringBuilder text = new StringBuilder();
        List<byte[]> raw = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(40);
            if (kind == 0) {
                text.append("{\"eventId\": \"broken").append('\n');
            } else if (kind == 1) {
                raw.add(text.toString().getBytes(StandardCharsets.UTF_8));
                raw.add(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}); // not UTF-8
                text.setLength(0);
            } else {
                text.append(line()).append('\n');
            }
        }
        raw.add(text.toString().getBytes(StandardCharsets.UTF_8));
        int size = raw.stream().mapToInt(b -> b.length).sum();
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] b : raw) {
            System.arraycopy(b, 0, all, at, b.length);
            at += b.length;
        }
        return all;
    }

    /** One JSON object: a plausible event, some of whose fields are replaced by arbitrary values. */
    public String line() {
        StringBuilder out = new StringBuilder("{");
        for (String field : FIELDS) {
            String value = random.nextInt(3) == 0 ? arbitrary(field) : good(field);
            if (value != null) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(quote(field)).append(':').append(value);
            }
        }
        return out.append('}').toString();
    }

    private String good(String field) {
        return switch (field) {
            case "eventId" -> quote(id());
            case "type" -> quote(TYPES[random.nextInt(TYPES.length)]);
            case "at" -> quote("2026-06-" + (10 + random.nextInt(10)) + "T0" + random.nextInt(10) + ":00:00Z");
            case "customerId" -> quote("c" + random.nextInt(20));
            case "interactionId" -> quote("i" + random.nextInt(40));
            case "channel" -> quote("EMAIL");
            case "priority" -> quote("HIGH");
            case "category" -> quote("COMPLAINT");
            case "dueAt" -> quote("2026-06-21T08:00:00Z");
            case "rating" -> String.valueOf(1 + random.nextInt(5));
            case "status" -> quote(new String[] {"OPEN", "PENDING", "ON_HOLD"}[random.nextInt(3)]);
            case "internal" -> random.nextBoolean() ? "true" : null;
            case "queue" -> random.nextBoolean() ? null : quote("q" + random.nextInt(5));
            default -> random.nextBoolean() ? null : quote("x" + random.nextInt(100));
        };
    }

    private String id() {
        if (!ids.isEmpty() && random.nextInt(10) == 0) {
            return ids.get(random.nextInt(ids.size())); // a duplicate
        }
        String id = idPrefix + ids.size(); // unique to the seed, so that rounds in one store never collide
        ids.add(id);
        return id;
    }

    private String arbitrary(String field) {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> "null";
            case 2 -> quote("");
            case 3 -> String.valueOf(random.nextInt() / (random.nextBoolean() ? 1 : 7.0));
            case 4 -> random.nextBoolean() ? "true" : "{\"nested\": [1, 2]}";
            case 5 -> quote(TIMES[random.nextInt(TIMES.length)]);
            case 6, 7 -> quote(text(random.nextInt(12)));
            case 8 -> quote(repeat(LIMITS[random.nextInt(LIMITS.length)] + random.nextInt(3) - 1));
            case 9 -> quote(repeat(5_000 + random.nextInt(10_000)));
            default -> "\"" + escapedCodeUnits(1 + random.nextInt(8)) + "\"";
        };
    }

    /** Text of {@code length} characters of one kind: ASCII, CJK (3 UTF-8 bytes) or emoji (4 bytes, 2 chars). */
    private String repeat(int length) {
        String unit = switch (random.nextInt(3)) {
            case 0 -> "x";
            case 1 -> "\u4e2d";
            default -> "\ud83d\ude00";
        };
        return unit.repeat(Math.max(0, length));
    }

    /** Any characters, valid as a Java string: printable, control, quotes, backslashes, emoji. */
    private String text(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(6);
            s.appendCodePoint(switch (pick) {
                case 0 -> random.nextInt(0x20);
                case 1 -> "\"\\,\n\r\t ".charAt(random.nextInt(7));
                case 2 -> 0x1F600 + random.nextInt(50);
                case 3 -> 0x4E00 + random.nextInt(2000);
                default -> 0x21 + random.nextInt(0x5E);
            });
        }
        return s.toString();
    }

    /** JSON escapes of arbitrary UTF-16 code units, lone surrogates and U+0000 included. */
    private String escapedCodeUnits(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int unit = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> 0xD800 + random.nextInt(0x800);
                default -> random.nextInt(0x10000);
            };
            s.append(String.format("\\u%04x", unit));
        }
        return s.toString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
