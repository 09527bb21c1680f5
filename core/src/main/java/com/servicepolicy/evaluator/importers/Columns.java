package com.servicepolicy.evaluator.importers;

import com.servicepolicy.evaluator.ingest.InputFileException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A CSV export's header: column names (case-insensitive, trimmed) to their index, and cells read by name. */
public final class Columns {
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> byGivenName = new HashMap<>(); // names as callers write them: no lower-casing per row
    private final String source;

    public Columns(List<String> header, String source) {
        this.source = source;
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(key(header.get(i)), i);
        }
    }

    /** Fails, naming every missing column, unless the header has all of {@code names}. */
    public void require(String format, String... names) throws InputFileException {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!has(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputFileException("cannot read " + source + " as " + format + ": its header lacks the column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
    }

    /** The index of column {@code name}, or -1 when the header lacks it. */
    public int indexOf(String name) {
        return index.getOrDefault(key(name), -1);
    }

    /** The cell at {@code index} (from {@link #indexOf}), trimmed; null when absent or empty. */
    public static String cell(List<String> cells, int index) {
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        String cell = cells.get(index).trim();
        return cell.isEmpty() ? null : cell;
    }

    public boolean has(String name) {
        return index.containsKey(key(name));
    }

    /** The cell of column {@code name}, trimmed; null when the column or the cell is absent or empty. */
    public String get(List<String> cells, String name) {
        Integer i = byGivenName.computeIfAbsent(name, n -> index.getOrDefault(key(n), -1));
        if (i < 0 || i >= cells.size()) {
            return null;
        }
        String cell = cells.get(i).trim();
        return cell.isEmpty() ? null : cell;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
