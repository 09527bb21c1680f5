package com.servicepolicy.evaluator.spark;

/** How the violations are written: the command line's JSON Lines, or Parquet with the same columns. */
enum OutputFormat {
    jsonl, parquet
}
