package com.servicepolicy.evaluator.importers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Looking a cell up by its lower case without making it finds what lower-casing it and a map find. */
class LowerCaseTableTest {
    private static final String LETTERS = "aAbBzZ09 -/@[`{\u00e9\u00c9\u0130i\u0131I\u212Ak\u03a3\u03c3";

    @Test
    void findsWhatTheLowerCaseFindsInAMap() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            Map<String, String> map = new HashMap<>();
            int keys = random.nextInt(30);
            for (int k = 0; k < keys; k++) {
                map.put(text(random).toLowerCase(Locale.ROOT), "v" + k);
            }
            LowerCaseTable table = new LowerCaseTable(map);
            for (int i = 0; i < 2_000; i++) {
                String text = random.nextInt(3) == 0 && !map.isEmpty()
                        ? upperSome(map.keySet().toArray(String[]::new)[random.nextInt(map.size())], random) : text(random);
                assertThat(table.get(text)).as(text).isEqualTo(map.get(text.toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(6);
        boolean ascii = random.nextInt(4) != 0;
        for (int i = 0; i < n; i++) {
            out.append(LETTERS.charAt(random.nextInt(ascii ? 15 : LETTERS.length())));
        }
        return out.toString();
    }

    private static String upperSome(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }
}
