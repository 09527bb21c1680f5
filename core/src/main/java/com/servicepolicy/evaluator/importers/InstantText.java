package com.servicepolicy.evaluator.importers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#toString()} for the whole seconds of years 0–9999 that sources give, written by hand: the formatter
 * behind {@code toString} cost more than the rest of converting a NYC 311 row. Anything else goes to {@code toString}.
 */
public final class InstantText {
    private InstantText() {
    }

    public static String of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0 || seconds < -62_167_219_200L || seconds >= 253_402_300_800L) { // 0000-01-01 .. 9999
            return instant.toString();
        }
        long day = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(day);
        char[] out = new char[20];
        put(out, 0, date.getYear(), 4);
        out[4] = '-';
        put(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        put(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, secondOfDay % 60, 2);
        out[19] = 'Z';
        return new String(out);
    }

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
