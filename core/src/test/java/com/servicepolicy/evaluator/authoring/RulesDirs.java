package com.servicepolicy.evaluator.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the default rules directory that a test may break. */
final class RulesDirs {
    static final Path DEFAULT = Path.of("rules");

    private RulesDirs() {
    }

    static Path copyOfDefault(Path target) throws IOException {
        try (Stream<Path> files = Files.list(DEFAULT)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }
}
