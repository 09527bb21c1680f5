package com.servicepolicy.evaluator.ingest;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A row's cells as {@link CsvFastRows} reads them, with which of them it knows to be clean ({@link TextLimits#clean}):
 * it sees every byte of a cell anyway, and a cell of well-formed UTF-8 (which decodes to no unpaired surrogate) is clean
 * when it holds no zero byte. An importer can then skip checking such a text char by char (NYC 311's cells were a
 * tenth of its workers' samples in {@code TextLimits.problem}).
 */
public final class CsvCells extends AbstractList<String> implements RandomAccess {
    private final String[] cells;
    private final int[] places; // [i]: where cells keeps cell i, -1 for an empty cell not kept; null: cells[i]
    private final int size;
    private final long clean; // bit i: cell i is known clean; from cell 64 on nothing is known

    CsvCells(String[] cells, int[] places, int size, long clean) {
        this.cells = cells;
        this.places = places;
        this.size = size;
        this.clean = clean;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size);
        if (places == null) {
            return cells[index];
        }
        int place = places[index];
        return place < 0 ? "" : cells[place];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Whether cell {@code index} of {@code cells} is known clean: false when not known (a row Jackson read, a cell from
     * 64 on, a cell with U+0000); what is known clean stays clean when trimmed or cut.
     */
    public static boolean knownClean(List<String> cells, int index) {
        return cells instanceof CsvCells c && index >= 0 && index < Long.SIZE && index < c.size
                && (c.clean >>> index & 1) != 0;
    }
}
