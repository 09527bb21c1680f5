package com.servicepolicy.evaluator.cli;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code evaluate} writes its violations: passes writes on, reporting failures as {@link Failed} so that a full
 * disk is told apart from a failed evaluation; closes only a file (stdout stays open).
 */
final class ViolationOutput extends FilterWriter {
    private final boolean closes;
    private boolean closed;

    ViolationOutput(Writer out, boolean closes) {
        super(out);
        this.closes = closes;
    }

    @Override
    public void write(char[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
        } catch (IOException e) {
            throw new Failed(e);
        }
    }

    @Override
    public void write(String str, int off, int len) {
        write(str.toCharArray(), off, len);
    }

    @Override
    public void write(int c) {
        write(new char[]{(char) c}, 0, 1);
    }

    @Override
    public void flush() {
        try {
            out.flush();
            if (out instanceof PrintWriter printer && printer.checkError()) {
                throw new IOException("the output could not be written");
            }
        } catch (IOException e) {
            throw new Failed(e);
        }
    }

    /** Idempotent: the CSV writer closes its output itself. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        if (closes) {
            try {
                out.close();
            } catch (IOException e) {
                throw new Failed(e);
            }
        }
    }

    /** A failure to write the violations, not to evaluate them. */
    static final class Failed extends RuntimeException {
        Failed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A new file, with its folders, for writing UTF-8. */
    static BufferedWriter newFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (java.nio.file.FileAlreadyExistsException e) { // its message is the bare path
                throw new IOException(e.getFile() + " is not a directory", e);
            }
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
