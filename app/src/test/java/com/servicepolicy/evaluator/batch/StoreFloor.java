package com.servicepolicy.evaluator.batch;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark helper: the least any design that keeps the night's events in the database must write.
 * Cross-night duplicates are decided by id whatever the customer (spec: event-log.md), so every design
 * stores one key per event. This loads the keys into a table that has only that key, in one server-side
 * statement and one transaction ({@code COPY ... FROM 'file'} on PostgreSQL, {@code INSERT ... SELECT *
 * FROM CSVREAD} on H2): no JDBC round trips, no client-side work, no other index. Two tables: the ids with
 * where each was first read ({@code event_id,run_date,source,line}, what a duplicate report needs), and
 * a 64-bit hash of each id alone (the smallest key a design could get away with, checking collisions
 * elsewhere). Then the events themselves, in a cheap shape: one row per customer holding the customer's
 * events as one uncompressed text of values (grouped and encoded beforehand, untimed). A real design writes at
 * least a key per event and the events' bytes, so these times are floors. Prints wall time and the CPU time
 * the database spent (the PostgreSQL backend's, from /proc; for H2, this whole process's).
 *
 * <p>Usage: {@code StoreFloor <jdbc url> <ids.csv> <night folder>} (files readable by the database server).
 */
final class StoreFloor {
    private StoreFloor() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path ids = Path.of(args[1]).toAbsolutePath();
        Path hashes = ids.resolveSibling("hashes.csv");
        Path histories = ids.resolveSibling("histories.csv");
        if (!Files.exists(hashes)) {
            writeHashes(ids, hashes);
            writeHistories(Path.of(args[2]), histories);
        }
        boolean postgres = url.startsWith("jdbc:postgresql:");
        try (Connection c = DriverManager.getConnection(url, postgres ? "postgres" : "sa", "")) {
            load(c, postgres, "event_id VARCHAR(512) NOT NULL PRIMARY KEY, run_date DATE NOT NULL,"
                    + " source VARCHAR(1000) NOT NULL, line BIGINT NOT NULL", "EVENT_ID,RUN_DATE,SOURCE,LINE", ids);
            load(c, postgres, "id_hash BIGINT NOT NULL PRIMARY KEY", "ID_HASH", hashes);
            load(c, postgres, "customer_id VARCHAR(512) NOT NULL PRIMARY KEY, history TEXT NOT NULL",
                    "CUSTOMER_ID,HISTORY", histories);
        }
    }

    private static void load(Connection c, boolean postgres, String columns, String csvColumns, Path csv)
            throws Exception {
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("DROP TABLE IF EXISTS floor_ids");
            s.execute("CREATE TABLE floor_ids (" + columns + ")");
            if (postgres && columns.contains("TEXT")) {
                s.execute("ALTER TABLE floor_ids ALTER COLUMN history SET STORAGE EXTERNAL"); // no compression
            }
            long backend = postgres ? backendPid(s) : 0;
            c.setAutoCommit(false);
            double cpuBefore = postgres ? backendCpuSeconds(backend) : processCpuSeconds();
            long start = System.nanoTime();
            long rows = s.executeUpdate(postgres
                    ? "COPY floor_ids FROM '" + csv + "' WITH (FORMAT csv)"
                    : "INSERT INTO floor_ids SELECT * FROM CSVREAD('" + csv + "', '" + csvColumns + "')");
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (postgres ? backendCpuSeconds(backend) : processCpuSeconds()) - cpuBefore;
            System.out.printf("id-store floor (%s, %s): %,d keys in %.2f s (%.2f s CPU) = %,.0f keys/s%n",
                    postgres ? "PostgreSQL COPY" : "H2 INSERT ... SELECT", csvColumns.toLowerCase(), rows, seconds,
                    cpu, rows / seconds);
            c.setAutoCommit(true);
            s.execute("DROP TABLE floor_ids");
        }
    }

    private static void writeHashes(Path ids, Path hashes) throws Exception {
        try (var out = Files.newBufferedWriter(hashes, StandardCharsets.US_ASCII);
             var lines = Files.lines(ids, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                String id = line.substring(0, line.indexOf(','));
                long h = 1125899906842597L;
                for (int i = 0; i < id.length(); i++) {
                    h = 31 * h + id.charAt(i);
                }
                out.write(Long.toString(h ^ (h >>> 29)));
                out.newLine();
            }
        }
    }

    /**
     * customer_id,"the customer's events" (CSV-quoted), one row per customer; each event as its values only
     * (no field names, time in epoch millis, enums by ordinal), the compact shape a design would store.
     */
    private static void writeHistories(Path folder, Path histories) throws Exception {
        Map<String, StringBuilder> byCustomer = new HashMap<>();
        ParseOnly.readNight(folder, e -> byCustomer.computeIfAbsent(e.getCustomerId(), k -> new StringBuilder())
                .append(e.getEventId()).append('|').append(e.getType().ordinal()).append('|').append(e.getAt())
                .append('|').append(e.getInteractionId()).append('|').append(ordinal(e.getChannel())).append('|')
                .append(ordinal(e.getPriority())).append('|').append(ordinal(e.getCategory())).append('|')
                .append(orEmpty(e.getTopic())).append('|').append(orEmpty(e.getAgentId())).append('|')
                .append(orEmpty(e.getReasonCode())).append('|').append(orEmpty(e.getReasonText())).append('|')
                .append(orEmpty(e.getDueAt())).append('|').append(orEmpty(e.getRating())).append('\n'));
        try (var out = Files.newBufferedWriter(histories, StandardCharsets.UTF_8)) {
            for (var e : byCustomer.entrySet()) {
                out.write(e.getKey() + ",\"" + e.getValue().toString().replace("\"", "\"\"") + "\"\n");
            }
        }
    }

    private static String ordinal(Enum<?> value) {
        return value == null ? "" : Integer.toString(value.ordinal());
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private static long backendPid(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** utime + stime of a process on this machine, from /proc/[pid]/stat (fields 14 and 15, in 1/100 s). */
    private static double backendCpuSeconds(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        return (Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12))) / 100.0;
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }
}
