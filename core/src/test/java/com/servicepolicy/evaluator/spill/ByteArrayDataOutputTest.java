package com.servicepolicy.evaluator.spill;

import com.servicepolicy.evaluator.event.Event;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The array output writes, byte for byte, what {@link DataOutputStream} writes: stored histories depend on it. */
class ByteArrayDataOutputTest {
    private interface Writes {
        void to(DataOutput out) throws IOException;
    }

    @Test
    void randomWritesOfEveryKindGiveTheStreamsBytesAcrossGrowthAndReset() throws IOException {
        Random random = new Random(7);
        ByteArrayDataOutput array = new ByteArrayDataOutput(16); // grows many times
        for (int round = 0; round < 3; round++) {
            array.reset();
            ByteArrayOutputStream reference = new ByteArrayOutputStream();
            DataOutputStream stream = new DataOutputStream(reference);
            for (int i = 0; i < 5_000; i++) {
                Writes w = randomWrite(random);
                w.to(array);
                w.to(stream);
            }
            assertThat(array.toByteArray()).isEqualTo(reference.toByteArray());
            assertThat(array.size()).isEqualTo(reference.size());
        }
    }

    @Test
    void eventsEncodeAsThroughAStreamLatinOneOrNot() throws IOException {
        for (Event e : SpillCodecTest.eventsOfEveryShape()) {
            ByteArrayDataOutput array = new ByteArrayDataOutput();
            ByteArrayOutputStream reference = new ByteArrayOutputStream();
            EventBytes.write(array, e);
            EventBytes.write(new DataOutputStream(reference), e);
            assertThat(array.toByteArray()).isEqualTo(reference.toByteArray());
        }
    }

    private static Writes randomWrite(Random random) {
        long n = random.nextLong();
        String text = randomText(random);
        return switch (random.nextInt(13)) {
            case 0 -> out -> out.write((int) n);
            case 1 -> out -> out.writeBoolean(n % 2 == 0);
            case 2 -> out -> out.writeByte((int) n);
            case 3 -> out -> out.writeShort((int) n);
            case 4 -> out -> out.writeChar((int) n);
            case 5 -> out -> out.writeInt((int) n);
            case 6 -> out -> out.writeLong(n);
            case 7 -> out -> out.writeFloat(Float.intBitsToFloat((int) n));
            case 8 -> out -> out.writeDouble(Double.longBitsToDouble(n));
            case 9 -> out -> out.writeBytes(text);
            case 10 -> out -> out.writeChars(text);
            case 11 -> out -> out.writeUTF(text);
            default -> out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0,
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 2);
        };
    }

    private static String randomText(Random random) {
        char[] chars = new char[random.nextInt(40)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : random.nextInt(0x100));
        }
        return new String(chars);
    }
}
