package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.importers.Columns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one contract field gets its text from a row: a template of constants and {@code {Column}} references, or a
 * lookup of one column's value in a table (case-insensitive) with an optional default. An empty result is an absent
 * field. Bound to a header's column indexes before rows are read.
 */
sealed interface ValueRule {
    /** The field's text for this row; throws {@link IllegalArgumentException} with the reason when it has none it may use. */
    String value(List<String> cells);

    /** The columns this rule reads, to check them against the header. */
    List<String> columns();

    ValueRule bind(Columns header);

    /** {@code "{Unique Key}/opened"}: literal text and column references; absent if a referenced cell is empty. */
    record Template(List<String> literals, List<String> columnNames, int[] indexes) implements ValueRule {
        private static final Pattern REFERENCE = Pattern.compile("\\{([^{}]+)}");

        static Template parse(String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher m = REFERENCE.matcher(text);
            int from = 0;
            while (m.find()) {
                literals.add(text.substring(from, m.start()));
                names.add(m.group(1).trim());
                from = m.end();
            }
            literals.add(text.substring(from));
            return new Template(List.copyOf(literals), List.copyOf(names), new int[names.size()]);
        }

        @Override
        public String value(List<String> cells) {
            if (indexes.length == 0) {
                return literals.get(0);
            }
            if (indexes.length == 1) { // the common "{Unique Key}" or "311-{Unique Key}": no builder
                String cell = Columns.cell(cells, indexes[0]);
                if (cell == null) {
                    return null;
                }
                String before = literals.get(0);
                String after = literals.get(1);
                return before.isEmpty() && after.isEmpty() ? cell : before + cell + after;
            }
            StringBuilder out = new StringBuilder(literals.get(0));
            for (int i = 0; i < indexes.length; i++) {
                String cell = Columns.cell(cells, indexes[i]);
                if (cell == null) {
                    return null;
                }
                out.append(cell).append(literals.get(i + 1));
            }
            return out.toString();
        }

        @Override
        public List<String> columns() {
            return columnNames;
        }

        @Override
        public ValueRule bind(Columns header) {
            int[] bound = new int[columnNames.size()];
            for (int i = 0; i < bound.length; i++) {
                bound[i] = header.indexOf(columnNames.get(i));
            }
            return new Template(literals, columnNames, bound);
        }
    }

    /** {@code {column: Complaint Type, map: {Elevator: HIGH}, default: NORMAL}}; keys are lower-cased. */
    record Lookup(String column, Map<String, String> table, String fallback, int index, LowerCaseTable lowerCaseTable)
            implements ValueRule {
        Lookup(String column, Map<String, String> table, String fallback, int index) {
            this(column, table, fallback, index, new LowerCaseTable(table));
        }

        @Override
        public String value(List<String> cells) {
            String cell = Columns.cell(cells, index);
            if (cell == null) {
                return fallback;
            }
            String mapped = lowerCaseTable.get(cell);
            if (mapped != null) {
                return mapped;
            }
            if (fallback == null) {
                throw new IllegalArgumentException("'" + cell + "' in column " + column + " is not in the mapping's table");
            }
            return fallback;
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public ValueRule bind(Columns header) {
            return new Lookup(column, table, fallback, header.indexOf(column), lowerCaseTable);
        }
    }
}
