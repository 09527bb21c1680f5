package com.servicepolicy.evaluator.importers.zendesk;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds, in a Zendesk document's bytes, where each entry of its {@code audits} and {@code tickets} arrays starts and
 * ends and on which line it starts, without tokenizing it: strings are passed over with their escapes, brackets
 * counted, line ends counted as Jackson counts them (LF, CR LF, lone CR). Tokenizing every audit only to find its end
 * was most of the reading thread's work; the entries are parsed by Jackson on workers anyway, which checks them.
 * Only the plain shape is taken: one object of properties with plain ASCII names, "audits" and "tickets" arrays of
 * objects; any other value is handed over whole to be checked. Anything else, which includes every document Jackson
 * would refuse outside the entries, throws {@link NotPlain}.
 */
final class DocumentScanner {
    /** Nesting the scanner follows; Jackson's own limit (500) is far above, and counts one more level in a batch. */
    static final int MAX_DEPTH = 100;
    private static final int MAX_NAME = 1000;
    private static final int READ = 1 << 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = '"' * ONES;
    private static final long BACKSLASHES = '\\' * ONES;

    /** Where the scanner's findings go. */
    interface Found {
        /**
         * Entries of one array ({@code audits}, else {@code tickets}), as the JSON array {@code text}: a {@code [}, the
         * input's bytes from the first entry's start to the last one's end, a {@code ]}; {@code parts} holds {line,
         * start, end} per entry in input offsets, {@code text[i]} being input offset {@code from + i}.
         */
        void entries(boolean audits, byte[] text, long from, List<long[]> parts) throws NotPlain;

        /** The whole value of any other property, to be checked as Jackson checks a value it passes over. */
        void otherValue(byte[] text) throws NotPlain;
    }

    private final ReplayableInput in;
    private final Found found;
    private final int batchBytes;
    private byte[] buf = new byte[1 << 17];
    private int pos;
    private int end;
    private long base; // the input offset of buf[0]
    private long line = 1;
    private long keepFrom = -1; // the input offset of the first byte still needed, -1: none before pos
    private final List<long[]> parts = new ArrayList<>();

    DocumentScanner(ReplayableInput in, Found found, int batchBytes) {
        this.in = in;
        this.found = found;
        this.batchBytes = batchBytes;
    }

    /** Reads the document to the end of its object (what follows it is not read, as Jackson's reading does not). */
    void scan() throws IOException, NotPlain {
        if (blanks() != '{') {
            throw new NotPlain("not an object");
        }
        pos++;
        int c = blanks();
        if (c == '}') {
            throw new NotPlain("no audits"); // Jackson's reading says why
        }
        boolean sawAudits = false;
        while (true) {
            if (c != '"') {
                throw new NotPlain("a property name expected");
            }
            pos++;
            String name = name();
            if (blanks() != ':') {
                throw new NotPlain("':' expected");
            }
            pos++;
            c = blanks();
            boolean audits = name.equals("audits");
            if ((audits || name.equals("tickets")) && c == '[') {
                pos++;
                array(audits);
                sawAudits |= audits;
            } else if (audits || name.equals("tickets")) {
                throw new NotPlain(name + " is not an array"); // Jackson's reading says why
            } else {
                otherValue(c);
            }
            c = blanks();
            if (c == '}') {
                if (!sawAudits) {
                    throw new NotPlain("no audits");
                }
                return;
            }
            if (c != ',') {
                throw new NotPlain("',' or '}' expected");
            }
            pos++;
            c = blanks();
        }
    }

    private void array(boolean audits) throws IOException, NotPlain {
        int c = blanks();
        if (c == ']') {
            pos++;
            return;
        }
        while (true) {
            if (c != '{') {
                throw new NotPlain("an entry that is not an object");
            }
            long start = base + pos;
            long startLine = line;
            if (parts.isEmpty()) {
                keepFrom = start;
            }
            pos++;
            passContainer();
            parts.add(new long[] {startLine, start, base + pos});
            if (base + pos - keepFrom >= batchBytes) {
                hand(audits);
            }
            c = blanks();
            if (c == ']') {
                pos++;
                hand(audits);
                return;
            }
            if (c != ',') {
                throw new NotPlain("',' or ']' expected");
            }
            pos++;
            c = blanks();
        }
    }

    private void hand(boolean audits) throws NotPlain {
        if (parts.isEmpty()) {
            return;
        }
        long to = parts.get(parts.size() - 1)[2];
        found.entries(audits, copy(keepFrom, to, true), keepFrom - 1, List.copyOf(parts));
        parts.clear();
        keepFrom = -1;
    }

    private void otherValue(int c) throws IOException, NotPlain {
        long start = base + pos;
        keepFrom = start;
        if (c == '{' || c == '[') {
            pos++;
            passContainer();
        } else if (c == '"') {
            pos++;
            passString();
        } else {
            while ((pos < end || more()) && !endsScalar(buf[pos])) {
                pos++;
            }
        }
        byte[] text = copy(start, base + pos, false);
        keepFrom = -1;
        found.otherValue(text);
    }

    private static boolean endsScalar(byte b) {
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** Input bytes [from, to), between {@code [} and {@code ]} when {@code array}. */
    private byte[] copy(long from, long to, boolean array) {
        int n = (int) (to - from);
        byte[] out = new byte[array ? n + 2 : n];
        System.arraycopy(buf, (int) (from - base), out, array ? 1 : 0, n);
        if (array) {
            out[0] = '[';
            out[n + 1] = ']';
        }
        return out;
    }

    /** From just after a name's opening quote to just after its closing one: plain ASCII only. */
    private String name() throws IOException, NotPlain {
        StringBuilder name = new StringBuilder();
        while (true) {
            if (pos == end && !more()) {
                throw new NotPlain("the input ends in a name");
            }
            byte b = buf[pos++];
            if (b == '"') {
                return name.toString();
            }
            if (b < 0x20 || b > 0x7E || b == '\\' || name.length() == MAX_NAME) {
                throw new NotPlain("a name that is not plain ASCII");
            }
            name.append((char) b);
        }
    }

    /** From just after an object's or array's opening bracket to just after its closing one. */
    private void passContainer() throws IOException, NotPlain {
        int depth = 1;
        while (true) {
            if (pos == end && !more()) {
                throw new NotPlain("the input ends inside a value");
            }
            switch (buf[pos++]) {
                case '"' -> passString();
                case '{', '[' -> {
                    if (++depth > MAX_DEPTH) {
                        throw new NotPlain("nested too deep");
                    }
                }
                case '}', ']' -> {
                    if (--depth == 0) {
                        return;
                    }
                }
                case '\n' -> line++;
                case '\r' -> carriageReturn();
                default -> {
                }
            }
        }
    }

    /**
     * From just after a string's opening quote to just after its closing one. A raw line end inside is not counted:
     * Jackson refuses it, and so will the worker that parses the entry.
     */
    private void passString() throws IOException, NotPlain {
        while (true) {
            int i = quoteOrBackslash(buf, pos, end);
            if (i == end) {
                pos = end;
                if (!more()) {
                    throw new NotPlain("the input ends in a string");
                }
                continue;
            }
            pos = i + 1;
            if (buf[i] == '"') {
                return;
            }
            if (pos == end && !more()) { // the byte after a backslash is never the string's end
                throw new NotPlain("the input ends in a string");
            }
            pos++;
        }
    }

    /** The index of the first {@code "} or {@code \} in {@code b[from, to)}, or {@code to}; eight bytes at a time. */
    static int quoteOrBackslash(byte[] b, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(b, i);
            long found = zeroBytes(word ^ QUOTES) | zeroBytes(word ^ BACKSLASHES);
            if (found != 0) { // the lowest mark is exact: a borrow only marks bytes above a true zero byte
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '"' || b[i] == '\\') {
                return i;
            }
        }
        return to;
    }

    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** The byte at the next place that is not a blank (blanks and line ends passed), or -1 at the input's end. */
    private int blanks() throws IOException, NotPlain {
        while (pos < end || more()) {
            byte b = buf[pos];
            if (b == ' ' || b == '\t') {
                pos++;
            } else if (b == '\n') {
                pos++;
                line++;
            } else if (b == '\r') {
                pos++;
                carriageReturn();
            } else {
                return b & 0xFF;
            }
        }
        return -1;
    }

    /** Jackson's count: CR LF is one line end, a lone CR is one too. */
    private void carriageReturn() throws IOException, NotPlain {
        line++;
        if ((pos < end || more()) && buf[pos] == '\n') {
            pos++;
        }
    }

    /** Reads more input after {@code end}, keeping what is still needed; false at the input's end. */
    private boolean more() throws IOException, NotPlain {
        if (in.overLimit()) {
            throw new NotPlain("more read than can be kept to start over");
        }
        long keep = keepFrom >= 0 ? keepFrom : base + pos;
        int drop = (int) (keep - base);
        if (drop > 0) {
            System.arraycopy(buf, drop, buf, 0, end - drop);
            end -= drop;
            pos -= drop;
            base += drop;
        }
        if (buf.length - end < READ) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, end + READ));
        }
        int n = in.read(buf, end, READ);
        if (n <= 0) {
            return false; // a stream that gives 0 bytes is taken as ended; the Jackson reading judges it again
        }
        end += n;
        return true;
    }
}
