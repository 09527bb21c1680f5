package com.servicepolicy.evaluator.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, so that a progress line redrawn with {@code \r} goes only to a person,
 * never into a file or a pipe. Java 17 has no direct test for stderr ({@link System#console()} looks at stdin and
 * stdout): on Linux the descriptor's link tells; elsewhere the console stands in.
 */
public final class Terminal {
    private static final Path STDERR = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    public static boolean stderrIsTerminal() {
        if (Files.exists(STDERR)) {
            try {
                String target = Files.readSymbolicLink(STDERR).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
