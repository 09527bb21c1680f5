package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    /** Hands out at most 3 bytes per read, so lines straddle buffer refills. */
    private static InputStream trickle(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
    }

    private static List<String> lines(ByteLines l) throws IOException {
        List<String> out = new ArrayList<>();
        while (l.next()) {
            out.add(l.number + (l.tooLong ? ":TOO LONG" : ":" + new String(l.buf(), l.start, l.length, StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void splitsAcrossRefillsAndGrowsTheBuffer() throws IOException {
        assertThat(lines(new ByteLines(trickle("abc\r\n\nlonger line here\nlast"), 64)))
                .containsExactly("1:abc", "2:", "3:longer line here", "4:last");
    }

    @Test
    void overlongLinesAreFlaggedAndSkippedWithoutLosingCount() throws IOException {
        assertThat(lines(new ByteLines(trickle("ok\n" + "x".repeat(40) + "\nfine\n" + "y".repeat(33)), 16)))
                .containsExactly("1:ok", "2:TOO LONG", "3:fine", "4:TOO LONG");
    }

    @Test
    void byteOrderMarkOnlyAtStart() throws IOException {
        assertThat(lines(new ByteLines(trickle("\uFEFFa\n\uFEFFb"), 64))).containsExactly("1:a", "2:\uFEFFb");
    }
}
