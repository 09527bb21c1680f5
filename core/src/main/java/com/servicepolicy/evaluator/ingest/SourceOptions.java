package com.servicepolicy.evaluator.ingest;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of one input's source, written after its name: {@code servicenow,zone=Europe/Lisbon:FILE}.
 * A source says which keys it understands; any other key is an input error, so a typo is never ignored.
 */
public record SourceOptions(Map<String, String> values) {
    public static final SourceOptions NONE = new SourceOptions(Map.of());

    public SourceOptions {
        values = Map.copyOf(values);
    }

    /** {@code key=value,key=value} (the part after the source's name and its comma). */
    public static SourceOptions parse(String text) throws InputFileException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new InputFileException("source option '" + pair + "': expected key=value");
            }
            values.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return new SourceOptions(values);
    }

    /** These options with {@code key} set, unless it is set already. */
    public SourceOptions withDefault(String key, String value) {
        if (value == null || values.containsKey(key)) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(key, value);
        return new SourceOptions(more);
    }

    public String get(String key) {
        return values.get(key);
    }

    /** The time zone named by {@code zone}, else {@code fallback}. */
    public ZoneId zone(ZoneId fallback) throws InputFileException {
        String zone = values.get("zone");
        if (zone == null) {
            return fallback;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InputFileException("source option zone=" + zone + ": not a time zone (e.g. America/New_York, UTC)");
        }
    }

    /** Fails on a key {@code source} does not understand. */
    public void allowOnly(String source, Set<String> known) throws InputFileException {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new InputFileException("source " + source + " has no option '" + key + "'"
                        + (known.isEmpty() ? "" : ": expected one of " + new TreeSet<>(known)));
            }
        }
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
