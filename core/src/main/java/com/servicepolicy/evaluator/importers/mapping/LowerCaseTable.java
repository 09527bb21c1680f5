package com.servicepolicy.evaluator.importers.mapping;

import java.util.Locale;
import java.util.Map;

/**
 * A table keyed by lower-case text ({@link Locale#ROOT}), looked up with a cell as written. Lower-casing each cell
 * copied it and hashed the copy, for every row's status and complaint type; for an ASCII cell, the usual case, its
 * lower case's hash and comparison are made char by char without the copy (ASCII lower-cases char by char). Any other
 * cell is lower-cased and looked up in the map, as before.
 */
final class LowerCaseTable {
    private final Map<String, String> byLowerCase;
    private final String[] keys;
    private final String[] values;
    private final int mask;

    LowerCaseTable(Map<String, String> byLowerCase) {
        this.byLowerCase = Map.copyOf(byLowerCase);
        int capacity = Integer.highestOneBit(Math.max(1, byLowerCase.size()) * 4 - 1) * 2;
        keys = new String[capacity];
        values = new String[capacity];
        mask = capacity - 1;
        byLowerCase.forEach((key, value) -> {
            int slot = spread(key.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        });
    }

    /** The value of {@code text.toLowerCase(Locale.ROOT)}, or null. */
    String get(String text) {
        int length = text.length();
        int hash = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return byLowerCase.get(text.toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + lower(c);
        }
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key.length() == length && key.hashCode() == hash && sameLowerCase(key, text)) {
                return values[slot];
            }
        }
        return null;
    }

    private static boolean sameLowerCase(String key, String asciiText) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(asciiText.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char ascii) {
        return ascii >= 'A' && ascii <= 'Z' ? (char) (ascii + ('a' - 'A')) : ascii;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LowerCaseTable other && other.byLowerCase.equals(byLowerCase);
    }

    @Override
    public int hashCode() {
        return byLowerCase.hashCode();
    }
}
