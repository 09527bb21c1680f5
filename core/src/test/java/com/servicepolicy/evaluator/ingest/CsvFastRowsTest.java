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
