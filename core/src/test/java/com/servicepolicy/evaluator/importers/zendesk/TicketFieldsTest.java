package com.servicepolicy.evaluator.importers.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ticket entry read from its tokens ({@link AuditFields#readTicket}) gives the id and content its tree gives (the
 * Jackson reading: {@code asString("")} of its id, {@link TicketContent#of}), on varied tickets: values of every JSON
 * type, missing fields, fields not read, keys given twice; one the token reading does not take is left to the tree,
 * and the ordinary ones are never left.
 */
class TicketFieldsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    // "!" marks a value the token reading leaves to the tree
    private static final String[] IDS = {"35436", "\"35436\"", "\"T-1\"", "\"\"", "0", "-0", "-7", "9223372036854775807",
        "-9223372036854775808", "123456789012345678", "!1.5", "!null", "!true", "!{}", "![1]", "!92233720368547758070"};
    private static final String[] SCALARS = {"20001", "\"20001\"", "\"high\"", "\"Urgent\"", "\"incident\"", "\"question\"",
        "\"\"", "null", "true", "false", "{}", "[1, \"a\"]", "{\"a\": {\"b\": [\"c\"]}}", "-0", "0", "-12",
        "9223372036854775807", "-9223372036854775808", "\"\\u00e9t\\u00e9\"", "\"a long text that is no known one at all\"",
        "!1.5", "!1e3", "!92233720368547758070"};
    private static final String[] OTHERS = {"\"subject\": \"Cannot log in\"", "\"status\": \"open\"",
        "\"via\": {\"channel\": \"email\", \"source\": {\"from\": {}}}", "\"tags\": [\"a\", 1, 2.5, null]",
        "\"created_at\": \"2026-03-02T09:00:00Z\"", "\"score\": 2.5", "\"custom_fields\": [{\"id\": 1, \"value\": null}]"};
    private static final String[] FIELDS = {"requester_id", "priority", "group_id", "type"};

    @Test
    void theTokensGiveWhatTheTreeGives() {
        Random random = new Random(15);
        int plain = 0;
        for (int n = 0; n < 30_000; n++) {
            boolean expectPlain = true;
            List<String> fields = new ArrayList<>();
            if (random.nextInt(8) != 0) {
                String v = pick(random, IDS);
                expectPlain &= !v.startsWith("!");
                fields.add("\"id\": " + v.replace("!", ""));
            }
            for (String f : FIELDS) {
                if (random.nextInt(5) != 0) {
                    String v = pick(random, SCALARS);
                    expectPlain &= !v.startsWith("!");
                    fields.add("\"" + f + "\": " + v.replace("!", ""));
                }
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                fields.add(OTHERS[random.nextInt(OTHERS.length)]);
            }
            if (random.nextInt(20) == 0 && !fields.isEmpty()) { // a key given twice, the tree takes the last value
                String twice = fields.get(random.nextInt(fields.size()));
                boolean read = !List.of(OTHERS).contains(twice);
                fields.add(read ? twice.substring(0, twice.indexOf(':') + 2) + pick(random, SCALARS).replace("!", "") : twice);
                expectPlain &= !read; // a field not read may repeat
            }
            Collections.shuffle(fields, random);
            byte[] text = ("[{" + String.join(", ", fields) + "}]").getBytes(StandardCharsets.UTF_8);
            String ticket = new String(text, StandardCharsets.UTF_8);
            JsonNode tree = JSON.readTree(text, 1, text.length - 2);
            try (JsonParser parser = JSON.createParser(text)) {
                parser.nextToken();
                parser.nextToken();
                AuditFields.Ticket read = AuditFields.readTicket(parser);
                assertThat(parser.currentToken()).as(ticket).isEqualTo(JsonToken.END_OBJECT);
                assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
                assertThat(read != null).as(ticket).isEqualTo(expectPlain);
                if (read != null) {
                    plain++;
                    assertThat(read.id()).as(ticket).isEqualTo(tree.path("id").asString(""));
                    assertThat(read.content()).as(ticket).isEqualTo(TicketContent.of(tree));
                }
            }
        }
        assertThat(plain).isGreaterThan(10_000);
    }

    private static String pick(Random random, String[] pool) {
        String v = pool[random.nextInt(pool.length)];
        return !v.startsWith("!") || random.nextInt(4) == 0 ? v : pool[0]; // mostly plain
    }
}
