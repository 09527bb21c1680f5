package com.servicepolicy.evaluator.spill;

import java.nio.file.Path;

/** A fixed-size array of longs indexed by a long, zero when created. */
interface LongArray {
    long length();

    long get(long i);

    void set(long i, long value);

    /**
     * {@code length} zeros in the heap when they take at most {@code heapBytes}, else outside it in a mapping of
     * {@code dir} ({@link MappedLongs}). A registry's tables are written at random: on these machines each fresh page
     * of a private file mapping cost ~14 µs to fault in, and 5.8M ids took 4.8-5.4 CPU s against 2.5-2.8 with the
     * tables in a heap of transparent huge pages (3.3-3.5 in small pages).
     */
    static LongArray of(Path dir, long length, long heapBytes) {
        return length <= HeapLongs.MAX_LENGTH && length * Long.BYTES <= heapBytes
                ? new HeapLongs((int) length) : new MappedLongs(dir, length);
    }
}
