package com.servicepolicy.evaluator.importers.twitter;

/**
 * {@code text.chars().allMatch(Character::isDigit)} as a loop: twcs asks it of every tweet id and mentioned handle, and
 * the stream was a tenth of its rows' worker samples (and more methods for C2 to compile). Non-ASCII characters still
 * go to {@link Character#isDigit}, so Unicode digits count as before (DigitsTest).
 */
final class Digits {
    private Digits() {
    }

    /** Whether every char of {@code text} is a digit (true for the empty text, as {@code allMatch} is). */
    static boolean only(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 0x80 || !Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }
}
