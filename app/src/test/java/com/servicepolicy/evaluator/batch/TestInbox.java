package com.servicepolicy.evaluator.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Writes a night's inbox folder: {@code files} JSON Lines logs of {@code interactions} interactions
 * (opened during the night, answered late or on time, some refused on protected grounds, some
 * unanswered), one bad line and one repeated line per file, and a customers file. With expired lines,
 * every 50th interaction also gets a line from 200 days before the night (older than the default
 * retention), and each file ends by repeating its first expired line.
 */
final class TestInbox {
    private static final String[] CHANNELS = {"EMAIL", "CHAT", "PHONE"};
    private static final String[] PRIORITIES = {"LOW", "NORMAL", "HIGH", "URGENT"};

    private TestInbox() {
    }

    static Path write(Path inbox, LocalDate night, int interactions, int files, long seed) throws IOException {
        return write(inbox, night, interactions, files, seed, false);
    }

    static Path write(Path inbox, LocalDate night, int interactions, int files, long seed, boolean expiredLines)
            throws IOException {
        Path folder = Files.createDirectories(inbox.resolve(night.toString()));
        Random random = new Random(seed);
        long dayStart = night.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        int customers = Math.max(1, interactions / 3);
        try (Writer c = Files.newBufferedWriter(folder.resolve("customers.csv"), StandardCharsets.UTF_8)) {
            c.write("customerId,disability,ageBand\n");
            for (int i = 0; i < customers; i++) {
                c.write("c" + i + "," + (i % 4 == 0 ? "yes" : "no") + "," + (i % 3 == 0 ? "65+" : "") + "\n");
            }
        }
        for (int f = 0; f < files; f++) {
            try (Writer w = Files.newBufferedWriter(folder.resolve(String.format("events-%02d.jsonl", f)),
                    StandardCharsets.UTF_8)) {
                String previous = null;
                String firstExpired = null;
                for (int i = f; i < interactions; i += files) {
                    String interaction = night + "-i" + i;
                    int customer = i % customers;
                    long opened = dayStart + random.nextInt(20 * 3_600_000);
                    String priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
                    previous = line(interaction + "-o", "OPENED", opened, customer, interaction,
                            ",\"channel\":\"" + CHANNELS[random.nextInt(CHANNELS.length)] + "\",\"priority\":\""
                                    + priority + "\",\"category\":\"COMPLAINT\"");
                    w.write(previous);
                    int outcome = random.nextInt(10);
                    long reply = opened + (long) random.nextInt(6 * 3_600_000);
                    String agent = ",\"agentId\":\"a" + random.nextInt(12) + "\"";
                    if (outcome < 6) {
                        w.write(line(interaction + "-r", "AGENT_REPLY", reply, customer, interaction, agent));
                    } else if (outcome < 8 || (outcome == 9 && customer % 4 == 0)) {
                        boolean disparate = customer % 4 == 0 && random.nextBoolean();
                        w.write(line(interaction + "-x", "REFUSED", reply, customer, interaction, agent
                                + (disparate ? ",\"reasonCode\":\"DISABILITY\"" : ",\"reasonCode\":\"NON_PAYMENT\"")));
                    } else if (outcome == 8) {
                        w.write(line(interaction + "-d", "RESOLVED", reply, customer, interaction, agent));
                    }
                    if (expiredLines && i % 50 == 3) {
                        String old = line("old-" + i, "AGENT_REPLY", opened - 200L * 86_400_000, customer,
                                "old-" + interaction, agent);
                        firstExpired = firstExpired == null ? old : firstExpired;
                        w.write(old);
                    }
                    if (i % 500 == 7) {
                        w.write("{\"eventId\":\"bad-" + i + "\",\"type\":\"OPENED\",\"at\":\"2026-03-20T08:00:00\"}\n");
                    }
                }
                if (previous != null) {
                    w.write(previous);
                }
                if (firstExpired != null) {
                    w.write(firstExpired);
                }
            }
        }
        return folder;
    }

    private static String line(String id, String type, long at, int customer, String interaction, String extra) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"" + type + "\",\"at\":\"" + Instant.ofEpochMilli(at)
                + "\",\"customerId\":\"c" + customer + "\",\"interactionId\":\"" + interaction + "\"" + extra + "}\n";
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), LocalDate.parse(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), 42);
    }
}
