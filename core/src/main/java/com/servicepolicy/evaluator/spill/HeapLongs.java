package com.servicepolicy.evaluator.spill;

/** A {@link LongArray} in the heap: one Java array, so at most {@link #MAX_LENGTH} longs. */
final class HeapLongs implements LongArray {
    static final int MAX_LENGTH = 1 << 30;

    private final long[] longs;

    HeapLongs(int length) {
        longs = new long[length];
    }

    @Override
    public long length() {
        return longs.length;
    }

    @Override
    public long get(long i) {
        return longs[(int) i];
    }

    @Override
    public void set(long i, long value) {
        longs[(int) i] = value;
    }
}
