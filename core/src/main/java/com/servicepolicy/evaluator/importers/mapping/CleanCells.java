package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.ingest.TextLimits;

import java.util.Arrays;

/**
 * Whether the cells a row's templates read are clean ({@link TextLimits#clean}), each found once per row: NYC 311's
 * {@code Unique Key} and {@code Agency} fill fields of every one of a row's ~2.9 events, and the validator checked
 * every field's text char by char (a sixth of its workers' samples).
 */
final class CleanCells {
    private int row;
    private int[] stamp = new int[64]; // [column]: the row whose cleanliness clean[column] is
    private boolean[] clean = new boolean[64];

    /** Forgets the last row's cells. */
    void nextRow() {
        row++;
    }

    /** Whether {@code cell}, the current row's (trimmed) cell of column {@code index}, is clean. */
    boolean clean(int index, String cell) {
        if (index >= stamp.length) {
            stamp = Arrays.copyOf(stamp, Math.max(index + 1, 2 * stamp.length));
            clean = Arrays.copyOf(clean, stamp.length);
        }
        if (stamp[index] != row) {
            stamp[index] = row;
            clean[index] = TextLimits.clean(cell);
        }
        return clean[index];
    }
}
