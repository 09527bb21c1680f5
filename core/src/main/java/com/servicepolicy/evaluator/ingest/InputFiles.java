package com.servicepolicy.evaluator.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opens an input file as raw bytes, decompressing {@code .gz}, with messages a user can act on. */
final class InputFiles {
    private static final int BUFFER = 1 << 16;

    private InputFiles() {
    }

    static InputStream open(Path file) throws InputFileException {
        InputStream raw;
        try {
            if (Files.isDirectory(file)) {
                throw new InputFileException("cannot read " + file + ": it is a directory");
            }
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException("cannot read " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputFileException("cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!isGzip(file.getFileName().toString())) {
            return new BufferedInputStream(raw, BUFFER);
        }
        try {
            return new GZIPInputStream(raw, BUFFER);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new InputFileException("cannot read " + file + ": not a valid gzip file (" + e.getMessage() + ")", e);
        }
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
