package com.servicepolicy.evaluator.spark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One Spark evaluation: event inputs in command-line order (paths Spark reads, or {@code SOURCE:PATH}),
 * the driver's customers file, asOf (null: the latest event), where violations and rejects go, and how the
 * work is cut (customer partitions, bytes per split of a large JSON Lines file, threads parsing a JSON Lines
 * split in its task).
 */
record EvaluationRequest(List<String> events, Path customers, Instant asOf, String output, OutputFormat format,
                         String rejects, int partitions, long splitBytes, int parseThreads) {
    EvaluationRequest {
        events = List.copyOf(events);
    }
}
