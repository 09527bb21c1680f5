package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.importers.Columns;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code {column: Status, in: [Closed]}} (case-insensitive) or {@code {column: Closed Date}} (the cell is not empty);
 * {@code reason} says why a row is skipped when it is a skip condition.
 */
record RowCondition(String column, Set<String> values, String reason, int index, LowerCaseTable lowerCaseValues) {
    RowCondition(String column, Set<String> values, String reason, int index) {
        this(column, values, reason, index, new LowerCaseTable(values.stream().collect(Collectors.toMap(v -> v, v -> v))));
    }

    boolean holds(List<String> cells) {
        String cell = Columns.cell(cells, index);
        if (cell == null) {
            return false;
        }
        return values.isEmpty() || lowerCaseValues.get(cell) != null;
    }

    RowCondition bind(Columns header) {
        return new RowCondition(column, values, reason, header.indexOf(column), lowerCaseValues);
    }

    String describe() {
        return values.isEmpty() ? column + " is given" : column + " is one of " + values;
    }
}
