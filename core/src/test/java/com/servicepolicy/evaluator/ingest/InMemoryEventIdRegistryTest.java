package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The open-addressing registry tells new ids from repeated ones exactly as a map of first locations does. */
class InMemoryEventIdRegistryTest {
    @Test
    void keepsTheFirstLocationOfEveryIdWhileGrowing() {
        InMemoryEventIdRegistry ids = new InMemoryEventIdRegistry();
        Map<String, SourceLine> model = new HashMap<>();
        Random random = new Random(11);
        for (int line = 1; line <= 200_000; line++) {
            String id = "E" + random.nextInt(100_000);
            String source = line % 3 == 0 ? "b.jsonl" : "a.jsonl";
            boolean isNew = !model.containsKey(id);
            model.putIfAbsent(id, new SourceLine(source, line));
            assertThat(ids.add(id, source, line)).as("line %d, id %s", line, id).isEqualTo(isNew);
        }
        assertThat(ids.size()).isEqualTo(model.size());
        model.forEach((id, first) -> assertThat(ids.firstSeen(id)).contains(first));
        assertThat(ids.firstSeen("E-none")).isEmpty();
    }

    @Test
    void keepsIdsApartWhoseHashesAreEqual() {
        // "Aa" and "BB" have the same String hash, so every string of n such blocks shares one hash: 2^n of them
        String[] blocks = {"Aa", "BB"};
        InMemoryEventIdRegistry ids = new InMemoryEventIdRegistry();
        int n = 11;
        for (int bits = 0; bits < 1 << n; bits++) {
            assertThat(ids.add(collidingId(blocks, bits, n), "f", bits + 1)).isTrue();
        }
        assertThat(collidingId(blocks, 0, n).hashCode()).isEqualTo(collidingId(blocks, (1 << n) - 1, n).hashCode());
        for (int bits = 0; bits < 1 << n; bits++) {
            assertThat(ids.add(collidingId(blocks, bits, n), "g", 1)).isFalse();
            assertThat(ids.firstSeen(collidingId(blocks, bits, n))).contains(new SourceLine("f", bits + 1));
        }
        assertThat(ids.size()).isEqualTo(1 << n);
    }

    @Test
    void copiesEveryIdWithItsFirstLocation() {
        InMemoryEventIdRegistry ids = new InMemoryEventIdRegistry();
        for (int i = 1; i <= 5_000; i++) {
            ids.add("E" + i, i % 2 == 0 ? "even" : "odd", i);
        }
        InMemoryEventIdRegistry copy = new InMemoryEventIdRegistry();
        ids.copyTo(copy);
        assertThat(copy.size()).isEqualTo(5_000);
        assertThat(copy.firstSeen("E4")).contains(new SourceLine("even", 4));
        assertThat(copy.firstSeen("E4999")).contains(new SourceLine("odd", 4999));
    }

    @Test
    void copiesInTheOrderTheOtherRegistryPlacesIds() {
        InMemoryEventIdRegistry ids = new InMemoryEventIdRegistry();
        for (int i = 1; i <= 2_000; i++) {
            ids.add("E" + i, "f", i);
        }
        List<String> added = new ArrayList<>();
        EventIdRegistry byReversedNumber = new EventIdRegistry() {
            @Override
            public boolean add(String eventId, String source, long line) {
                return added.add(eventId);
            }

            @Override
            public long placement(String eventId) {
                return 10_000 - Long.parseLong(eventId.substring(1));
            }
        };
        ids.copyTo(byReversedNumber);
        assertThat(added).hasSize(2_000).startsWith("E2000", "E1999").endsWith("E2", "E1");
        assertThat(added).isSortedAccordingTo(Comparator.comparingLong(byReversedNumber::placement));
    }

    private static String collidingId(String[] blocks, int bits, int n) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < n; i++) {
            id.append(blocks[(bits >>> i) & 1]);
        }
        return id.toString();
    }
}
