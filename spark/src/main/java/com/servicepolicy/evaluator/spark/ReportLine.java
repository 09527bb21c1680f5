package com.servicepolicy.evaluator.spark;

import java.io.Serializable;

/** One line of the rejects output and its place in the input (input's position, line), by which they are sorted. */
record ReportLine(int file, long line, String json) implements Serializable {
}
