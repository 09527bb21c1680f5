package com.servicepolicy.evaluator.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of each kind that once failed a night (issue #15): a field longer than its column, U+0000, two
 * unpaired surrogates that a driver would make equal, times outside the contract's range; and lines exactly
 * at the limits in characters that take three or four bytes, which must be stored. Written as JSON escapes,
 * as a hostile exporter would.
 */
final class PoisonLines {
    static final String CJK = "\u4e2d";
    static final String EMOJI = "\\ud83d\\ude00";

    /** Rejected lines by what they try, each with the field its rejection must name. */
    static final Map<String, String> REJECTED = new LinkedHashMap<>();
    /** Lines at the limits: accepted and stored. */
    static final List<String> ACCEPTED_IDS = List.of("p-cjk", EMOJI_ID());

    static {
        REJECTED.put(json("Q".repeat(5000), "OPENED", "bad", "c", "I", ""), "eventId");
        REJECTED.put(json("p-long-text", "AGENT_REPLY", "2024-06-20T08:00:00Z", "c", "I",
                ",\"reasonText\":\"" + "x".repeat(10_001) + "\""), "reasonText");
        REJECTED.put(json("p-nul\\u0000", "OPENED", "2024-06-20T08:00:00Z", "c", "I", ""), "eventId");
        REJECTED.put(json("p-cust", "OPENED", "2024-06-20T08:00:00Z", "c\\u0000", "I", ""), "customerId");
        REJECTED.put(json("sur\\ud800", "OPENED", "2024-06-20T08:00:00Z", "c", "I", ""), "eventId");
        REJECTED.put(json("sur\\ud801", "OPENED", "2024-06-20T08:00:00Z", "c", "I", ""), "eventId");
        REJECTED.put(json("p-9999", "OPENED", "9999-06-20T08:00:00Z", "c", "I", ""), "at");
        REJECTED.put(json("p-0000", "OPENED", "0000-06-20T08:00:00Z", "c", "I", ""), "at");
        REJECTED.put(json("p-due", "CALLBACK_PROMISED", "2024-06-20T08:00:00Z", "c", "I",
                ",\"dueAt\":\"9999-01-01T00:00:00Z\""), "dueAt");
        REJECTED.put(json("p-queue", "OPENED", "2024-06-20T08:00:00Z", "c", "I",
                ",\"queue\":\"" + "q".repeat(513) + "\""), "queue");
        REJECTED.put(json("p-type\\u0000\\ud800", "T\\u0000\\udfff", "2024-06-20T08:00:00Z", "c", "I", ""), "eventId");
    }

    private PoisonLines() {
    }

    private static String EMOJI_ID() {
        return "p-" + "\ud83d\ude00".repeat(510);
    }

    private static String json(String id, String type, String at, String customer, String interaction, String extra) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"" + type + "\",\"at\":\"" + at + "\",\"customerId\":\""
                + customer + "\",\"interactionId\":\"" + interaction + "\"" + extra + "}";
    }

    /** Writes the poison lines, then the two lines at the limits, into {@code <inbox>/<night>/poison.jsonl}. */
    static Path write(Path inbox, LocalDate night) throws IOException {
        Path folder = Files.createDirectories(inbox.resolve(night.toString()));
        StringBuilder out = new StringBuilder();
        REJECTED.keySet().forEach(line -> out.append(line).append('\n'));
        out.append(json("p-cjk", "OPENED", night + "T08:00:00Z", CJK.repeat(512), CJK.repeat(512),
                ",\"topic\":\"" + CJK.repeat(1000) + "\",\"reasonText\":\"" + CJK.repeat(10_000) + "\"")).append('\n');
        out.append(json(EMOJI_ID().replace("\ud83d\ude00", EMOJI), "OPENED", night + "T09:00:00Z",
                EMOJI.repeat(512), EMOJI.repeat(512), ",\"agentId\":\"" + EMOJI.repeat(512) + "\"")).append('\n');
        Files.writeString(folder.resolve("poison.jsonl"), out, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("customers.csv"), "customerId,disability\n"
                + CJK.repeat(512) + ",yes\n" + "x".repeat(600) + ",no\n" + "c-nul,a\u0000b\n", StandardCharsets.UTF_8);
        return folder;
    }
}
