package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.ingest.CsvCells;
import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.RawEvent;
import com.servicepolicy.evaluator.ingest.TextLimits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A bound mapping's event rules laid out for converting a chunk's rows, on one worker thread: each rule's fields in
 * arrays (no walk of a map and no lambda per field), and a template that several rules share, such as NYC 311's
 * {@code "311-{Unique Key}"} customer of every event, made once per row and its text shared by the row's events.
 * What it makes is exactly what {@link MappedCsvSource#event}, the reference, makes rule by rule (RowEventRulesTest).
 */
final class RowEventRules {
    private final Rule[] rules;
    private final ValueRule.Template[] shared; // templates that more than one field builds
    private final String[] sharedValues;       // their text for the current row
    private final boolean[] sharedLiteralsClean; // [slot]: the template's literals are clean
    private long sharedMade;                   // bit per shared template: made for the current row
    private long sharedClean;                  // bit per shared template: its text for the current row is clean
    private final CleanCells cells = new CleanCells();

    /** How a field's text is known clean (TextLimits.clean), so that the validator checks only its length. */
    private static final byte UNKNOWN = 0;     // not known: set as it is, the validator checks it
    private static final byte ALWAYS = 1;      // a look-up whose every value is clean
    private static final byte IF_CELLS = 2;    // a template of clean literals: clean when its cells are

    /**
     * One rule's fields; {@code slots[i]} is field i's shared template, or -1; {@code clean[i]} how its text is known
     * clean; {@code typeClean} whether the rule's type is.
     */
    private record Rule(Mapping.EventRule rule, EventField[] fields, ValueRule[] values, int[] slots, byte[] clean,
                        boolean typeClean) {
    }

    RowEventRules(List<Mapping.EventRule> bound) {
        List<ValueRule.Template> builtTwice = builtTwice(bound);
        shared = builtTwice.toArray(ValueRule.Template[]::new);
        sharedValues = new String[shared.length];
        sharedLiteralsClean = new boolean[shared.length];
        for (int i = 0; i < shared.length; i++) {
            sharedLiteralsClean[i] = cleanness(shared[i]) == IF_CELLS;
        }
        rules = new Rule[bound.size()];
        for (int r = 0; r < rules.length; r++) {
            Mapping.EventRule rule = bound.get(r);
            EventField[] fields = rule.fields().keySet().toArray(EventField[]::new);
            ValueRule[] values = rule.fields().values().toArray(ValueRule[]::new);
            int[] slots = new int[fields.length];
            byte[] clean = new byte[fields.length];
            for (int i = 0; i < fields.length; i++) {
                slots[i] = values[i] instanceof ValueRule.Template t ? indexOf(builtTwice, t) : -1;
                clean[i] = cleanness(values[i]);
            }
            rules[r] = new Rule(rule, fields, values, slots, clean, rule.type() != null && TextLimits.clean(rule.type()));
        }
    }

    private static byte cleanness(ValueRule value) {
        if (value instanceof ValueRule.Template t) {
            return t.literals().stream().allMatch(TextLimits::clean) ? IF_CELLS : UNKNOWN;
        }
        ValueRule.Lookup lookup = (ValueRule.Lookup) value;
        return lookup.table().values().stream().allMatch(v -> v == null || TextLimits.clean(v))
                && (lookup.fallback() == null || TextLimits.clean(lookup.fallback())) ? ALWAYS : UNKNOWN;
    }

    /** The row's events, in the order of the rules, added to {@code out}. */
    void convert(List<String> cells, LastTime times, List<RawEvent> out) {
        sharedMade = 0;
        this.cells.nextRow();
        for (Rule r : rules) {
            if (r.rule.when() == null || r.rule.when().holds(cells)) {
                out.add(event(r, cells, times));
            }
        }
    }

    private RawEvent event(Rule r, List<String> cells, LastTime times) {
        RawEvent event = r.typeClean ? new RawEvent().setClean(EventField.TYPE, r.rule.type())
                : new RawEvent().set(EventField.TYPE, r.rule.type());
        for (int i = 0; i < r.fields.length; i++) {
            try {
                int slot = r.slots[i];
                String value = slot < 0 ? r.values[i].value(cells) : sharedValue(slot, cells);
                boolean clean = value != null
                        && (slot < 0 ? isClean(r.clean[i], r.values[i], cells) : (sharedClean & (1L << slot)) != 0);
                MappedCsvSource.put(event, r.fields[i], value, times, clean);
            } catch (IllegalArgumentException e) {
                event.error(r.fields[i], e.getMessage());
            }
        }
        return event;
    }

    private String sharedValue(int slot, List<String> cells) {
        if ((sharedMade & (1L << slot)) == 0) {
            sharedValues[slot] = shared[slot].value(cells); // a template never throws
            sharedMade |= 1L << slot;
            if (sharedValues[slot] != null && sharedLiteralsClean[slot] && cellsClean(shared[slot], cells)) {
                sharedClean |= 1L << slot;
            } else {
                sharedClean &= ~(1L << slot);
            }
        }
        return sharedValues[slot];
    }

    /** Whether a value of {@code rule} (not null) is known clean, by its kind. */
    private boolean isClean(byte kind, ValueRule rule, List<String> cells) {
        return kind == ALWAYS || kind == IF_CELLS && cellsClean((ValueRule.Template) rule, cells);
    }

    /**
     * Whether the cells a template reads in this row are clean (each there: the template's value is not null); checked
     * here only when the CSV reading does not know ({@link CsvCells#knownClean}).
     */
    private boolean cellsClean(ValueRule.Template t, List<String> cells) {
        for (int index : t.indexes()) {
            if (!CsvCells.knownClean(cells, index) && !this.cells.clean(index, Columns.cell(cells, index))) {
                return false;
            }
        }
        return true;
    }

    /** The templates that build text (not a constant, not a cell alone) and that two or more fields use (at most 64). */
    private static List<ValueRule.Template> builtTwice(List<Mapping.EventRule> bound) {
        List<ValueRule.Template> seen = new ArrayList<>();
        List<ValueRule.Template> twice = new ArrayList<>();
        for (Mapping.EventRule rule : bound) {
            for (ValueRule value : rule.fields().values()) {
                if (value instanceof ValueRule.Template t && builds(t)) {
                    if (indexOf(seen, t) < 0) {
                        seen.add(t);
                    } else if (indexOf(twice, t) < 0 && twice.size() < Long.SIZE) {
                        twice.add(t);
                    }
                }
            }
        }
        return twice;
    }

    private static boolean builds(ValueRule.Template t) {
        return t.indexes().length > 1 || t.indexes().length == 1 && !(t.literals().get(0).isEmpty() && t.literals().get(1).isEmpty());
    }

    /** Where a template of the same literals and columns is in {@code templates}, or -1. */
    private static int indexOf(List<ValueRule.Template> templates, ValueRule.Template t) {
        for (int i = 0; i < templates.size(); i++) {
            ValueRule.Template other = templates.get(i);
            if (other.literals().equals(t.literals()) && Arrays.equals(other.indexes(), t.indexes())) {
                return i;
            }
        }
        return -1;
    }
}
