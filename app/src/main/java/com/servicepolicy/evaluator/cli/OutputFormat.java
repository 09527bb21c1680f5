package com.servicepolicy.evaluator.cli;

/** How the evaluate command prints violations. */
enum OutputFormat { jsonl, csv, table }
