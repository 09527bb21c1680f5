package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.importers.Columns;

import java.util.List;
import java.util.Set;

/**
 * {@code {column: Status, in: [Closed]}} (case-insensitive) or {@code {column: Closed Date}} (the cell is not empty);
 * {@code reason} says why a row is skipped when it is a skip condition.
 */
record RowCondition(String column, Set<String> values, String reason, int index) {
    boolean holds(List<String> cells) {
        String cell = Columns.cell(cells, index);
        if (cell == null) {
            return false;
        }
        return values.isEmpty() || values.contains(cell.toLowerCase(java.util.Locale.ROOT));
    }

    RowCondition bind(Columns header) {
        return new RowCondition(column, values, reason, header.indexOf(column));
    }

    String describe() {
        return values.isEmpty() ? column + " is given" : column + " is one of " + values;
    }
}
