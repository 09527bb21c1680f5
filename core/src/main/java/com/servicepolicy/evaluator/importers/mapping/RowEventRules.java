package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.RawEvent;

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
    private long sharedMade;                   // bit per shared template: made for the current row

    /** One rule's fields; {@code slots[i]} is field i's shared template, or -1. */
    private record Rule(Mapping.EventRule rule, EventField[] fields, ValueRule[] values, int[] slots) {
    }

    RowEventRules(List<Mapping.EventRule> bound) {
        List<ValueRule.Template> builtTwice = builtTwice(bound);
        shared = builtTwice.toArray(ValueRule.Template[]::new);
        sharedValues = new String[shared.length];
        rules = new Rule[bound.size()];
        for (int r = 0; r < rules.length; r++) {
            Mapping.EventRule rule = bound.get(r);
            EventField[] fields = rule.fields().keySet().toArray(EventField[]::new);
            ValueRule[] values = rule.fields().values().toArray(ValueRule[]::new);
            int[] slots = new int[fields.length];
            for (int i = 0; i < fields.length; i++) {
                slots[i] = values[i] instanceof ValueRule.Template t ? indexOf(builtTwice, t) : -1;
            }
            rules[r] = new Rule(rule, fields, values, slots);
        }
    }

    /** The row's events, in the order of the rules, added to {@code out}. */
    void convert(List<String> cells, LastTime times, List<RawEvent> out) {
        sharedMade = 0;
        for (Rule r : rules) {
            if (r.rule.when() == null || r.rule.when().holds(cells)) {
                out.add(event(r, cells, times));
            }
        }
    }

    private RawEvent event(Rule r, List<String> cells, LastTime times) {
        RawEvent event = new RawEvent().set(EventField.TYPE, r.rule.type());
        for (int i = 0; i < r.fields.length; i++) {
            try {
                int slot = r.slots[i];
                String value = slot < 0 ? r.values[i].value(cells) : sharedValue(slot, cells);
                MappedCsvSource.put(event, r.fields[i], value, times);
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
        }
        return sharedValues[slot];
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
