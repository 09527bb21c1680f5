package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast reading of a part's rows takes a byte sequence as UTF-8 exactly when Java's decoder does (else Jackson's
 * reading decides the row), and reads the rows of a plain export without falling back.
 */
class CsvFastRowsTest {
    @Test
    void takesAsUtf8ExactlyWhatJavasDecoderTakes() {
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            byte[] b = new byte[1 + random.nextInt(4)];
            b[0] = (byte) (0x80 + random.nextInt(0x80));
            for (int i = 1; i < b.length; i++) {
                b[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : 0x80 + random.nextInt(0x40));
            }
            int length = Utf8Check.sequenceLength(b, 0, b.length);
            assertThat(length == b.length).as(HexFormat.of().formatHex(b)).isEqualTo(decodesAsOneCharacter(b));
        }
    }

    @Test
    void readsPlainRowsItselfAndHandsOutOnlyTheCellsRead() throws InputFileException {
        byte[] rows = ("1,\"a, \"\"b\"\"\",12/25/2013 11:59:08 PM\r\n2,\"multi\nline\",x\n3,é,\n4\n")
                .getBytes(StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        CsvTable.Rows recorder = new CsvTable.Rows() {
            @Override
            public void row(List<String> cells, long line) {
                seen.add(line + " " + cells);
            }

            @Override
            public void unusable(long line, String reason) {
                seen.add(line + " unusable " + reason);
            }
        };
        new CsvFastRows("f.csv", 3, null).feed(new CsvSplitter.Part(rows, rows.length, 1), recorder);
        new CsvFastRows("f.csv", 3, new boolean[]{true, false, true}).feed(new CsvSplitter.Part(rows, rows.length, 1), recorder);
        new CsvFastRows("f.csv", 2, null).feed(new CsvSplitter.Part(rows, rows.length, 1), recorder);
        assertThat(seen).containsExactly(
                "2 [1, a, \"b\", 12/25/2013 11:59:08 PM]", "3 [2, multi\nline, x]", "5 [3, é, ]", "6 [4]",
                "2 [1, , 12/25/2013 11:59:08 PM]", "3 [2, , x]", "5 [3, , ]", "6 [4]",
                "2 unusable 3 cells but the header has 2 columns", "3 unusable 3 cells but the header has 2 columns",
                "5 unusable 3 cells but the header has 2 columns", "6 [4]");
    }

    /**
     * A cell read from its bytes is marked clean ({@link CsvCells#knownClean}) exactly when {@link TextLimits#clean}
     * finds it so, up to the 64th cell; random rows of plain, quoted, non-ASCII and U+0000 cells (and some broken ones,
     * which Jackson then reads, with nothing marked), every column read or some left unread.
     */
    @Test
    void marksACellCleanExactlyWhenItIs() throws InputFileException {
        Random random = new Random(17);
        String[] pieces = {"a", "12", " ", "\u0000", "x\u0000y", "\u00e9", "\uD83D\uDE00", "\u20ac", ",", "\"", "\n", ""};
        int[] seen = new int[3]; // cells marked clean, cells of fast rows not marked, cells of Jackson's rows
        for (int n = 0; n < 3_000; n++) {
            int columns = 1 + random.nextInt(random.nextBoolean() ? 8 : 80);
            StringBuilder csv = new StringBuilder();
            boolean tidy = random.nextInt(8) > 0; // else some cells are left unquoted that should not be
            for (int row = 0; row < 1 + random.nextInt(6); row++) {
                int cells = 1 + random.nextInt(columns);
                for (int c = 0; c < cells; c++) {
                    StringBuilder cell = new StringBuilder();
                    for (int k = random.nextInt(4); k > 0; k--) {
                        cell.append(pieces[random.nextInt(pieces.length)]);
                    }
                    String text = cell.toString();
                    boolean quote = text.matches("(?s).*[,\"\r\n].*") ? tidy || random.nextInt(4) > 0 : random.nextInt(3) == 0;
                    csv.append(c > 0 ? "," : "").append(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
                }
                csv.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(20) == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) 0xC3; // bad UTF-8, mostly: Jackson reads the rest
            }
            boolean[] read = null;
            if (random.nextBoolean()) {
                read = new boolean[columns];
                for (int i = 0; i < columns; i++) {
                    read[i] = random.nextInt(3) > 0;
                }
            }
            new CsvFastRows("f.csv", columns, read).feed(new CsvSplitter.Part(bytes, bytes.length, 0), new CsvTable.Rows() {
                @Override
                public void row(List<String> cells, long line) {
                    for (int i = 0; i < cells.size(); i++) {
                        boolean known = CsvCells.knownClean(cells, i);
                        assertThat(known).as("cell %d of %s", i, cells)
                                .isEqualTo(cells instanceof CsvCells && i < 64 && TextLimits.clean(cells.get(i)));
                        seen[known ? 0 : cells instanceof CsvCells ? 1 : 2]++;
                    }
                    assertThat(CsvCells.knownClean(cells, cells.size())).isFalse();
                }

                @Override
                public void unusable(long line, String reason) {
                }
            });
        }
        assertThat(seen[0]).as("marked").isGreaterThan(seen[2]); // most rows are read from their bytes
        assertThat(seen[1]).as("not marked").isPositive(); // cells with U+0000 and past the 64th
        assertThat(seen[2]).as("Jackson's").isPositive();
    }

    private static boolean decodesAsOneCharacter(byte[] b) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return s.codePointCount(0, s.length()) == 1;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
