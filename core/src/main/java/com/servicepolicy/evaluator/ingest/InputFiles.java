package com.servicepolicy.evaluator.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Opens an input file as raw bytes, decompressing {@code .gz}, with messages a user can act on. */
final class InputFiles {
    private static final int BUFFER = 1 << 16;

    private InputFiles() {
    }

    static InputStream open(Path file) throws InputFileException {
        if (EventInput.isStdin(file)) {
            return new BufferedInputStream(System.in, BUFFER);
        }
        InputStream raw;
        try {
            if (Files.isDirectory(file)) {
                throw new InputFileException("cannot read " + file + ": it is a directory");
            }
            raw = openRaw(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException("cannot read " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputFileException("cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        long size;
        try {
            // a pipe's size is 0 whatever it carries: only a regular file's tells an empty gzip file
            size = isGzip(file.getFileName().toString()) && Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            closeQuietly(raw);
            throw new InputFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return decompressed(raw, file.getFileName().toString(), file.toString(), size);
    }

    /**
     * A regular file through NIO; anything else (a named pipe, {@code <(zcat day.jsonl.gz)}, a device) as a plain
     * stream: NIO's stream asks a pipe for its position whenever a buffer asks what is available, and the pipe
     * answers "Illegal seek", which failed the read at its first block.
     */
    private static InputStream openRaw(Path file) throws IOException {
        if (Files.isRegularFile(file) || !Files.exists(file)) {
            return Files.newInputStream(file);
        }
        return new java.io.FileInputStream(file.toFile());
    }

    /**
     * {@code raw}, buffered, and decompressed when {@code fileName} ends in {@code .gz}; {@code size} is the
     * file's length in bytes (0 tells an empty gzip file apart from a truncated one), {@code shown} how
     * messages name the file.
     */
    static InputStream decompressed(InputStream raw, String fileName, String shown, long size) throws InputFileException {
        if (!isGzip(fileName)) {
            return new BufferedInputStream(raw, BUFFER);
        }
        String file = shown;
        try {
            if (size == 0) {
                closeQuietly(raw);
                throw new InputFileException("cannot read " + file + ": not a valid gzip file (the file is empty)");
            }
            // Concatenated members are one file (gzip's own rule); bytes after the last member are an error
            // here, where java.util.zip would drop them and the lines they held without a word.
            return GzipCompressorInputStream.builder().setInputStream(new BufferedInputStream(raw, BUFFER))
                    .setDecompressConcatenated(true).get();
        } catch (IOException e) {
            closeQuietly(raw);
            throw new InputFileException("cannot read " + file + ": not a valid gzip file (" + describe(e) + ")", e);
        }
    }

    /** Why reading failed, in words: the JDK and commons-compress leave some messages empty or cryptic. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        if (e instanceof EOFException) {
            return "the file ends before its gzip data are complete";
        }
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (message.startsWith("Input is not in the .gz format")) {
            return "it does not start with the gzip signature";
        }
        if (message.startsWith("Unexpected data after a valid .gz stream")) {
            return "bytes that are not gzip data follow its last gzip member";
        }
        return message;
    }

    static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The name without a trailing {@code .gz} (case as given). */
    static String withoutGzip(String fileName) {
        return isGzip(fileName) ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing useful to do: the data has been read or the read has already failed.
        }
    }
}
