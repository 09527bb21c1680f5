package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.generate.EventFields.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Adds bad lines after valid ones: malformed lines of four kinds (broken syntax, a missing required
 * field, a time without offset, an unknown type), each with a fresh eventId so that rejecting it
 * hides nothing, and exact repeats of a recent line (a duplicate eventId; the first one wins).
 * Its randomness is separate from the log's, so the valid events do not depend on the noise rates.
 */
final class NoiseInjector {
    private static final int RECENT = 64;
    private static final String[] REQUIRED = {"type", "at", "customerId", "eventId"};

    private final LineNoise noise;
    private final OutputFormat format;
    private final Dice dice;
    private final List<String> recent = new ArrayList<>(RECENT);
    private long malformed;
    private long duplicates;

    NoiseInjector(LineNoise noise, OutputFormat format, long seed) {
        this.noise = noise;
        this.format = format;
        this.dice = new Dice(seed ^ 0x5DEECE66DL);
    }

    /** Called with each valid line written; passes any noise lines to {@code out}. */
    void after(Event event, String validLine, Consumer<String> out) {
        if (recent.size() == RECENT) {
            recent.set(dice.below(RECENT), validLine);
        } else {
            recent.add(validLine);
        }
        if (noise.malformedRate() > 0 && dice.chance(noise.malformedPerValidLine())) {
            out.accept(malformedLine(event));
            malformed++;
        }
        if (noise.duplicateRate() > 0 && dice.chance(noise.duplicatePerValidLine())) {
            out.accept(recent.get(dice.below(recent.size())));
            duplicates++;
        }
    }

    long malformed() {
        return malformed;
    }

    long duplicates() {
        return duplicates;
    }

    private String malformedLine(Event event) {
        List<Field> fields = new ArrayList<>(EventFields.of(event));
        fields.set(0, fields.get(0).withValue("X" + (malformed + 1)));
        switch (dice.below(4)) {
            case 0 -> {
                return format.syntaxError(fields);
            }
            case 1 -> {
                String missing = REQUIRED[dice.below(REQUIRED.length)];
                fields.removeIf(f -> f.name().equals(missing));
            }
            case 2 -> replace(fields, "at", EventFields.localTime(event.getAt()));
            default -> replace(fields, "type", "ESCALATED");
        }
        return format.render(fields);
    }

    private static void replace(List<Field> fields, String name, String value) {
        fields.replaceAll(f -> f.name().equals(name) ? f.withValue(value) : f);
    }
}
