package com.servicepolicy.evaluator.spill;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.ingest.EventIdRegistry;
import com.servicepolicy.evaluator.ingest.SourceLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registry keeps every id exactly, as the in-memory one does, whatever the hashes, with its tables outside the
 * heap, in it, or moved out of it as they grow.
 */
class DiskEventIdRegistryTest {
    private static final long OUTSIDE = 0;
    private static final long INSIDE = Long.MAX_VALUE;

    @ParameterizedTest
    @ValueSource(longs = {OUTSIDE, INSIDE})
    void tellsNewIdsFromRepeatedOnesAsTheInMemoryRegistryDoesWhileGrowing(long tableHeapBytes, @TempDir Path dir) {
        DiskEventIdRegistry ids = new DiskEventIdRegistry(dir, 10, tableHeapBytes);
        assertSameAsInMemory(ids, 300_000, 7);
        assertThat(ids.tablesInHeap()).isEqualTo(tableHeapBytes == INSIDE);
    }

    @ParameterizedTest
    @ValueSource(longs = {OUTSIDE, INSIDE})
    void keepsIdsApartWhenEveryHashCollides(long tableHeapBytes, @TempDir Path dir) {
        assertSameAsInMemory(new DiskEventIdRegistry(dir, 10, id -> 42L, tableHeapBytes), 3_000, 8);
    }

    @Test
    void movesItsTablesOutOfTheHeapWhenTheyGrowPastTheirRoomAndKeepsEveryId(@TempDir Path dir) {
        // 65,536 and 131,072 slots of 8 bytes fit in 1 MiB; the ~130,000 distinct ids need 262,144 slots (2 MiB)
        DiskEventIdRegistry ids = new DiskEventIdRegistry(dir, 10, 1 << 20);
        assertThat(ids.tablesInHeap()).isTrue();
        assertSameAsInMemory(ids, 300_000, 10);
        assertThat(ids.tablesInHeap()).isFalse();
    }

    @Test
    void keepsIdsOfAnyCharacterAndLengthExactly(@TempDir Path dir) {
        EventIdRegistry ids = new DiskEventIdRegistry(dir, 10, id -> 1L, OUTSIDE);
        String[] distinct = {"", "a", "A", "\u00e9", "e\u0301", "\u20ac", "\uD83D\uDE00", "\uD83D", "x".repeat(100_000), "x".repeat(100_001)};
        for (int i = 0; i < distinct.length; i++) {
            assertThat(ids.add(distinct[i], "f", i + 1)).as("new: %s", i).isTrue();
        }
        for (int i = 0; i < distinct.length; i++) {
            assertThat(ids.add(distinct[i], "g", 99)).isFalse();
            assertThat(ids.firstSeen(distinct[i])).contains(new SourceLine("f", i + 1));
        }
        assertThat(ids.firstSeen("b")).isEmpty();
    }

    @Test
    void keepsIdsAcrossFilesOfGrowingSizeAndIdsLargerThanTheNextFile(@TempDir Path dir) {
        // the first file holds 1 MiB: many small ids fill it and the next ones; a record of 1.2 MB needs a file of its own
        EventIdRegistry ids = new DiskEventIdRegistry(dir, 1);
        String huge = "\u20ac".repeat(600_000);
        for (int i = 0; i < 200_000; i++) {
            assertThat(ids.add("E" + i, "f", i)).isTrue();
            if (i == 40_000 || i == 150_000) {
                assertThat(ids.add(huge + i, "g", i)).isTrue();
            }
        }
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(ids.firstSeen("E" + i)).contains(new SourceLine("f", i));
        }
        assertThat(ids.firstSeen(huge + 40_000)).contains(new SourceLine("g", 40_000));
        assertThat(ids.add(huge + 150_000, "h", 1)).isFalse();
        assertThat(ids.firstSeen(huge + 150_000)).contains(new SourceLine("g", 150_000));
        assertThat(ids.firstSeen(huge)).isEmpty();
    }

    @Test
    void leavesNoFileBehind(@TempDir Path dir) throws Exception {
        EventIdRegistry ids = new DiskEventIdRegistry(dir, 1_000_000);
        ids.add("E1", "f", 1);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty(); // the mappings keep the pages of files already deleted
        }
    }

    @Test
    void theGrowingRegistryMovesEveryIdWithItsFirstLocation(@TempDir Path dir) {
        assertSameAsInMemory(EventIdRegistry.inMemoryUpTo(1_000, () -> new DiskEventIdRegistry(dir, 10)), 20_000, 9);
    }

    private static void assertSameAsInMemory(EventIdRegistry tested, int adds, long seed) {
        EventIdRegistry reference = EventIdRegistry.inMemory();
        Map<String, Boolean> seen = new HashMap<>();
        Random random = new Random(seed);
        for (int line = 1; line <= adds; line++) {
            String id = "E" + random.nextInt(adds / 2);
            String source = random.nextBoolean() ? "a.jsonl" : "b.csv";
            boolean expected = reference.add(id, source, line);
            assertThat(tested.add(id, source, line)).as("add %s at %d", id, line).isEqualTo(expected);
            seen.put(id, true);
        }
        for (String id : seen.keySet()) {
            assertThat(tested.firstSeen(id)).isEqualTo(reference.firstSeen(id));
        }
        assertThat(tested.firstSeen("never")).isEmpty();
    }
}
