package com.servicepolicy.evaluator.spill;

import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A {@link DataOutput} straight into a growable array, writing the bytes {@link DataOutputStream} writes (big-endian
 * numbers, chars as two bytes): each number is one store, not a call per byte through a stream, and a Latin-1 text is
 * copied without a byte array of its own ({@link #writeBytes}). The batch encodes every event it stores so. One
 * thread per instance; {@link #reset} reuses the array.
 */
public final class ByteArrayDataOutput implements DataOutput {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] bytes;
    private int size;

    public ByteArrayDataOutput() {
        this(8192);
    }

    public ByteArrayDataOutput(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** How many bytes are written. */
    public int size() {
        return size;
    }

    /** Forgets what was written, keeping the array. */
    public void reset() {
        size = 0;
    }

    /** A copy of what was written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void write(int b) {
        room(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        room(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    @Override
    public void writeBoolean(boolean v) {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
        write(v);
    }

    @Override
    public void writeShort(int v) {
        room(Short.BYTES);
        SHORT.set(bytes, size, (short) v);
        size += Short.BYTES;
    }

    @Override
    public void writeChar(int v) {
        writeShort(v);
    }

    @Override
    public void writeInt(int v) {
        room(Integer.BYTES);
        INT.set(bytes, size, v);
        size += Integer.BYTES;
    }

    @Override
    public void writeLong(long v) {
        room(Long.BYTES);
        LONG.set(bytes, size, v);
        size += Long.BYTES;
    }

    @Override
    public void writeFloat(float v) {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) {
        writeLong(Double.doubleToLongBits(v));
    }

    /** The low byte of each char, copied in one call: for a Latin-1 text, the bytes of its ISO-8859-1 encoding. */
    @Override
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies exactly those low bytes
    public void writeBytes(String s) {
        int n = s.length();
        room(n);
        s.getBytes(0, n, bytes, size);
        size += n;
    }

    @Override
    public void writeChars(String s) {
        room(2 * s.length());
        for (int i = 0; i < s.length(); i++) {
            SHORT.set(bytes, size, (short) s.charAt(i));
            size += Short.BYTES;
        }
    }

    /** Modified UTF-8 as {@link DataOutputStream#writeUTF} writes it (nothing here uses it; kept for the contract). */
    @Override
    public void writeUTF(String s) throws IOException {
        new DataOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                ByteArrayDataOutput.this.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                ByteArrayDataOutput.this.write(b, off, len);
            }
        }).writeUTF(s);
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
