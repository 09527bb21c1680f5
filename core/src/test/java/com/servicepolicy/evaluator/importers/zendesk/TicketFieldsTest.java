package com.servicepolicy.evaluator.importers.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ticket read from its tokens ({@link AuditFields#ticket}) is what its tree gives ({@link TicketContent#of} and
 * {@code path("id").asString("")}, the reading of old) on varied tickets: ids as numbers or strings, fields missing,
 * null, of odd types, nested, repeated. A ticket with a value the token reading does not take is left to its tree, and
 * the ordinary ones never are.
 */
class TicketFieldsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    // "!" marks a value the token reading leaves to the tree
    private static final String[] IDS = {"35436", "\"35436\"", "\"\"", "-3", "9223372036854775807", "\"t-1\"", "!null", "!1.5",
        "!true", "!{}", "![1]", "!92233720368547758070"};
    private static final String[] TEXTS = {"20001", "\"20001\"", "\"\"", "null", "true", "false", "{}", "[1, \"a\"]",
        "\"high\"", "\"normal\"", "\"Urgent\"", "\"incident\"", "\"question\"", "\"\\u00e9t\\u00e9\"", "-7", "{\"a\": [\"b\"]}",
        "!1.5", "!1e3", "!92233720368547758070"};
    private static final String[] NAMES = {"requester_id", "priority", "group_id", "type"};
    private static final String[] OTHERS = {"\"subject\": \"Cannot \\\"log\\\" in\"", "\"status\": \"open\"",
        "\"via\": {\"channel\": \"email\", \"source\": {\"rel\": null}}", "\"tags\": [\"a\", 1, 2.5]", "\"created_at\": \"2026-03-02T09:00:00Z\"",
        "\"custom_fields\": [{\"id\": 1, \"value\": null}]", "\"score\": 4.5"};

    @Test
    void theTokensGiveWhatTheTreeGives() {
        Random random = new Random(16);
        int plain = 0;
        for (int n = 0; n < 30_000; n++) {
            boolean expectPlain = true;
            List<String> fields = new ArrayList<>();
            if (random.nextInt(8) != 0) {
                String v = pick(random, IDS);
                expectPlain &= !v.startsWith("!");
                fields.add("\"id\": " + v.replace("!", ""));
            }
            for (String name : NAMES) {
                if (random.nextInt(5) != 0) {
                    String v = pick(random, TEXTS);
                    expectPlain &= !v.startsWith("!");
                    fields.add("\"" + name + "\": " + v.replace("!", ""));
                }
            }
            for (int o = random.nextInt(4); o > 0; o--) {
                fields.add(OTHERS[random.nextInt(OTHERS.length)]);
            }
            if (random.nextInt(30) == 0 && !fields.isEmpty()) { // a key given twice: a field read is left to the tree
                String again = fields.get(random.nextInt(fields.size()));
                fields.add(again);
                expectPlain &= List.of(OTHERS).contains(again);
            }
            Collections.shuffle(fields, random);
            byte[] text = ("[{" + String.join(", ", fields) + "}]").getBytes(StandardCharsets.UTF_8);
            String ticket = new String(text, StandardCharsets.UTF_8);
            JsonNode tree = JSON.readTree(text, 1, text.length - 2);
            try (JsonParser parser = JSON.createParser(text)) {
                parser.nextToken();
                parser.nextToken();
                Map.Entry<String, TicketContent> read = AuditFields.ticket(parser);
                assertThat(parser.currentToken()).as(ticket).isEqualTo(JsonToken.END_OBJECT);
                assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
                assertThat(read != null).as(ticket).isEqualTo(expectPlain);
                if (read != null) {
                    plain++;
                    assertThat(read.getKey()).as(ticket).isEqualTo(tree.path("id").asString(""));
                    assertThat(read.getValue()).as(ticket).isEqualTo(TicketContent.of(tree));
                }
            }
        }
        assertThat(plain).isGreaterThan(5_000);
    }

    private static String pick(Random random, String[] pool) {
        String v = pool[random.nextInt(pool.length)];
        return !v.startsWith("!") || random.nextInt(4) == 0 ? v : pool[0]; // mostly plain, so whole tickets often are
    }
}
