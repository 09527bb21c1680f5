package com.servicepolicy.evaluator.spark;

import java.io.Serializable;

/**
 * One task's share of one event input: a whole file, or the lines starting in bytes {@code [start, end)} of a
 * plain JSON Lines file, which has {@code linesBefore} physical lines before {@code start} (so that line
 * numbers are the file's own). {@code file} is the input's position on the command line: it orders inputs as
 * the command line reads them, which decides which of two equal eventIds is the duplicate. {@code shown} is how
 * rejections name it: the path as given, or a Parquet dataset's directory as given and the file's place in it.
 */
record FileSplit(int file, String path, String shown, String format, long size, long start, long end, long linesBefore,
                 boolean whole) implements Serializable {

    static FileSplit wholeFile(int file, String path, String shown, String format, long size) {
        return new FileSplit(file, path, shown, format, size, 0, size, 0, true);
    }

    FileSplit withLinesBefore(long lines) {
        return new FileSplit(file, path, shown, format, size, start, end, lines, whole);
    }
}
