package com.servicepolicy.evaluator.ingest;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a CSV in chunks of rows on worker threads gives exactly what reading it row by row gives: the same header,
 * rows, line numbers, unusable rows with their reasons, and failures, whatever the chunk sizes, on inputs made of the
 * pieces that make CSV hard (quotes, doubled quotes, quoted line breaks, lone carriage returns, bad UTF-8, a byte
 * order mark, characters after a closing quote).
 */
class CsvChunksTest {
    private static final byte[][] PIECES = {
            bytes("a"), bytes("bc"), bytes(","), bytes(","), bytes("\""), bytes("\"\""), bytes("\n"), bytes("\n"),
            bytes("\r"), bytes("\r\n"), bytes(" "), bytes("\t"), bytes("é"), bytes("x\"y"), bytes("\"q,\nr\""),
            {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            bytes("#"), {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
            bytes("x,\"y\"\"z\"\r\n"), bytes("1,2,3\n"), bytes("1,,\n")};

    @RepeatedTest(20)
    void chunksOfAnySizeReadExactlyAsRowByRow() {
        Random random = new Random(System.nanoTime());
        for (int n = 0; n < 400; n++) {
            byte[] input = randomCsv(random);
            int first = 1 + random.nextInt(40);
            int chunk = 1 + random.nextInt(random.nextBoolean() ? 40 : 400);
            assertThat(chunked(input, first, chunk))
                    .as("input %s, chunks %d/%d", printable(input), first, chunk)
                    .isEqualTo(rowByRow(input));
        }
    }

    @RepeatedTest(10)
    void cellsOfColumnsNotReadAreEmptyAndAllElseIsAsRowByRow() {
        Random random = new Random(System.nanoTime());
        for (int n = 0; n < 400; n++) {
            byte[] input = randomCsv(random);
            boolean[] read = {random.nextBoolean(), random.nextBoolean(), random.nextBoolean()};
            int first = 1 + random.nextInt(40);
            int chunk = 1 + random.nextInt(random.nextBoolean() ? 40 : 400);
            assertThat(chunked(input, first, chunk, read))
                    .as("input %s, chunks %d/%d, columns read %s", printable(input), first, chunk, java.util.Arrays.toString(read))
                    .isEqualTo(rowByRow(input, read));
        }
    }

    /**
     * Wide rows, as NYC 311's: runs of plain cells not read are passed over several at a time (commas beside '-' and
     * '+', whose bytes are one off a comma's), and whatever stops that pass (a quote, a line break, a non-ASCII byte)
     * is read cell by cell as before.
     */
    @RepeatedTest(10)
    void wideRowsWithRunsOfColumnsNotReadAreAsRowByRow() {
        Random random = new Random(System.nanoTime());
        byte[][] pieces = {bytes("a,"), bytes("-1,"), bytes("+,"), bytes(",-"), bytes(",,,"), bytes("2016-02-29,"),
                bytes("\"q,r\","), bytes("\n"), bytes("\r\n"), bytes("é,"), bytes("x\"y,"), bytes("long plain text,"), bytes(",")};
        for (int n = 0; n < 300; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(bytes("h1,h2,h3,h4,h5,h6,h7,h8,h9,h10,h11,h12\n"));
            for (int i = random.nextInt(120); i > 0; i--) {
                out.writeBytes(pieces[random.nextInt(pieces.length)]);
            }
            byte[] input = out.toByteArray();
            boolean[] read = new boolean[12];
            for (int i = 0; i < read.length; i++) {
                read[i] = random.nextInt(4) == 0;
            }
            int first = 1 + random.nextInt(80);
            int chunk = 1 + random.nextInt(random.nextBoolean() ? 40 : 400);
            assertThat(chunked(input, first, chunk, read))
                    .as("input %s, chunks %d/%d, columns read %s", printable(input), first, chunk, java.util.Arrays.toString(read))
                    .isEqualTo(rowByRow(input, read));
        }
    }

    @Test
    void aLargeRealisticInputReadsTheSameInDefaultChunks() {
        StringBuilder csv = new StringBuilder("id,text,at\r\n");
        for (int i = 0; i < 60_000; i++) {
            csv.append(i).append(i % 7 == 0 ? ",\"a, \"\"quoted\"\"\nline\"" : ",plain").append(",2016-02-29\r\n");
            if (i % 5000 == 0) {
                csv.append("1,2,3,4\n\n");
            }
        }
        byte[] input = bytes(csv.toString());
        assertThat(chunked(input, CsvChunks.FIRST_CHUNK_BYTES, CsvChunks.CHUNK_BYTES)).isEqualTo(rowByRow(input));
        assertThat(rowByRow(input)).hasSizeGreaterThan(60_000);
    }

    @Test
    void aRowBrokenInItsFirstCellKeepsItsOwnLineAndItsBadBytesDoNotRejectTheRowBefore() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(bytes("h1,h2\nok,1\n\"\""));
        csv.write(0xFF);
        csv.writeBytes(bytes(",2\nfine,3\n"));
        assertThat(rowByRow(csv.toByteArray())).containsExactly("header [h1, h2]", "row 2 [ok, 1]",
                "unusable 3 malformed CSV: Unexpected character ('\uFFFD' (code 65533 / 0xfffd)): Expected column separator character "
                        + "(',' (code 44)) or end-of-line", "row 4 [fine, 3]");
    }

    @Test
    void aReadFailureCountsTheRowsBeforeItAndNamesTheLine() {
        byte[] good = bytes("h1,h2\n1,2\n3,4\n");
        InputStream failing = new InputStream() {
            private final InputStream data = new ByteArrayInputStream(good);

            @Override
            public int read() throws IOException {
                int b = data.read();
                if (b < 0) {
                    throw new IOException("disk gone");
                }
                return b;
            }
        };
        List<String> transcript = new ArrayList<>();
        try {
            CsvChunks.scan(failing, "f.csv", recorder(transcript), 4, 4);
        } catch (InputFileException e) {
            transcript.add("failed: " + e.getMessage());
        }
        assertThat(transcript).containsExactly("header [h1, h2]", "row 2 [1, 2]", "row 3 [3, 4]",
                "failed: cannot read f.csv after line 4: disk gone");
    }

    private static byte[] randomCsv(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextBoolean()) {
            out.writeBytes(bytes("h1,\"h2\",h3\n"));
        }
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            out.writeBytes(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toByteArray();
    }

    private static List<String> rowByRow(byte[] input) {
        return rowByRow(input, null);
    }

    /** The cells of the columns not read blanked out, as a chunked read with those columns hands them out. */
    private static List<String> rowByRow(byte[] input, boolean[] read) {
        List<String> transcript = new ArrayList<>();
        CsvChunks.Handler<Recorder> handler = recorder(transcript, read);
        try {
            CsvTable.scan(new ByteArrayInputStream(input), "in.csv", new CsvTable.Handler() {
                @Override
                public void header(List<String> columns) throws InputFileException {
                    handler.header(columns);
                }

                @Override
                public void row(List<String> cells, long line) {
                    transcript.add("row " + line + " " + blanked(cells, read));
                }

                @Override
                public void unusable(long line, String reason) {
                    transcript.add("unusable " + line + " " + reason);
                }
            });
        } catch (InputFileException e) {
            transcript.add("failed: " + e.getMessage());
        }
        return transcript;
    }

    private static List<String> chunked(byte[] input, int first, int chunk) {
        return chunked(input, first, chunk, null);
    }

    private static List<String> chunked(byte[] input, int first, int chunk, boolean[] read) {
        List<String> transcript = new ArrayList<>();
        try {
            CsvChunks.scan(trickling(input, first), "in.csv", recorder(transcript, read), first, chunk);
        } catch (InputFileException e) {
            transcript.add("failed: " + e.getMessage());
        }
        return transcript;
    }

    /** The input a few bytes per read, so that line breaks and quotes fall at the ends of what has been read. */
    private static InputStream trickling(byte[] input, int most) {
        return new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + (pos % most)));
            }
        };
    }

    private static List<String> blanked(List<String> cells, boolean[] read) {
        List<String> out = new ArrayList<>(cells);
        for (int i = 0; read != null && i < out.size(); i++) {
            if (i >= read.length || !read[i]) {
                out.set(i, "");
            }
        }
        return out;
    }

    private static final class Recorder implements CsvTable.Rows {
        final List<String> lines = new ArrayList<>();
        final boolean[] read;

        Recorder(boolean[] read) {
            this.read = read;
        }

        @Override
        public void row(List<String> cells, long line) {
            lines.add("row " + line + " " + (read == null ? cells : blanked(cells, read)));
        }

        @Override
        public void unusable(long line, String reason) {
            lines.add("unusable " + line + " " + reason);
        }
    }

    private static CsvChunks.Handler<Recorder> recorder(List<String> transcript) {
        return recorder(transcript, null);
    }

    /** {@code read}: the columns the receivers read, of the first three; null: all. */
    private static CsvChunks.Handler<Recorder> recorder(List<String> transcript, boolean[] read) {
        return new CsvChunks.Handler<>() {
            private boolean[] columnsRead;

            @Override
            public void header(List<String> columns) {
                transcript.add("header " + columns);
            }

            @Override
            public boolean[] columnsRead(int columns) {
                if (read == null) {
                    return null;
                }
                columnsRead = java.util.Arrays.copyOf(read, columns); // columns past the third: not read
                return columnsRead;
            }

            @Override
            public Recorder chunk() {
                return new Recorder(columnsRead);
            }

            @Override
            public void deliver(Recorder chunk) {
                transcript.addAll(chunk.lines);
            }
        };
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String printable(byte[] input) {
        StringBuilder s = new StringBuilder();
        for (byte b : input) {
            s.append(b >= 32 && b < 127 ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF));
        }
        return s.toString();
    }
}
