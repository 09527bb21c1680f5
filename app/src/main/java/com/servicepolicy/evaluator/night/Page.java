package com.servicepolicy.evaluator.night;

import java.util.List;

/** One page of a query: 0-based {@code page}, its {@code size}, and the {@code total} of all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
