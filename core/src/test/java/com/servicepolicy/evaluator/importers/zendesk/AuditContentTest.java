package com.servicepolicy.evaluator.importers.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * What converting a ticket reads of an audit, read from the audit's tokens ({@link AuditFields}), is what its tree gives
 * ({@link AuditContent#of}, the conversion's reading of old) on varied audits: public and internal comments, status,
 * priority and group changes, creations, a via channel or none, missing fields and values of odd types. An audit with a
 * value the token reading does not take is left to the tree (read as null), and the ordinary ones are never left.
 */
class AuditContentTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A value and whether the token reading takes it (else the audit goes to its tree). */
    private record Value(String json, boolean plain) {
    }

    private static Value[] values(String... jsons) {
        Value[] out = new Value[jsons.length];
        for (int i = 0; i < jsons.length; i++) {
            out[i] = new Value(jsons[i], !jsons[i].startsWith("!"));
            if (!out[i].plain()) {
                out[i] = new Value(jsons[i].substring(1), false);
            }
        }
        return out;
    }

    // "!" marks a value the token reading leaves to the tree
    private static final Value[] AUTHORS = values("20001", "\"20001\"", "\"\"", "null", "true", "false", "{}", "[1, \"a\"]",
            "-7", "9223372036854775807", "-0", "0", "-9223372036854775808", "!1.5", "!92233720368547758070", "!-9223372036854775809");
    private static final Value[] VIAS = values("{\"channel\": \"web\"}", "{\"channel\": \"email\", \"source\": {\"from\": {\"a\": [\"b\"]}}}",
            "{\"channel\": 5}", "{\"channel\": null}", "{}", "null", "{\"channel\": \"whatsapp\"}", "{\"channel\": \"brand_new\"}",
            "{\"channel\": [\"web\"]}", "!\"web\"", "![]", "!{\"channel\": \"a\", \"channel\": \"b\"}", "!{\"channel\": 0.5}");
    private static final Value[] TYPES = values("\"Comment\"", "\"VoiceComment\"", "\"Create\"", "\"Change\"", "\"Notification\"",
            "\"\"", "\"comment\"", "7", "!null", "!true", "!{}", "![\"Comment\"]", "!1.0");
    private static final Value[] IDS = values("1", "\"e1\"", "12345678901", "\"\"", "!null", "!1.0", "!false");
    private static final Value[] FIELD_NAMES = values("\"status\"", "\"priority\"", "\"group_id\"", "\"tags\"", "\"requester_id\"",
            "\"Status\"", "3", "!null", "![]");
    private static final Value[] VALUES = values("\"open\"", "\"Solved\"", "\"escalated\"", "\"pending\"", "\"hold\"", "\"urgent\"",
            "360001", "\"360001\"", "null", "[\"login\"]", "{\"a\": 1}", "true", "false", "\"\"", "\"\\u00e9t\\u00e9\"",
            "\"a very long status value that is no known text\"", "!2.5", "!1e3");
    private static final Value[] PUBLICS = values("true", "false", "!\"false\"", "!0", "!null", "!{}");
    private static final String[] EVENT_OTHERS = {"\"body\": \"text \\\"quoted\\\"\"", "\"recipients\": [1, 2]", "\"previous_value\": \"new\"",
            "\"via\": {\"channel\": \"x\"}", "\"metadata\": {\"custom\": {\"n\": [1, 2.5, null]}}"};

    @Test
    void theTokensGiveWhatTheTreeGives() {
        Random random = new Random(16);
        int plain = 0;
        for (int n = 0; n < 30_000; n++) {
            boolean expectPlain = true;
            List<String> fields = new ArrayList<>(List.of("\"id\": 9001", "\"ticket_id\": 35436", "\"created_at\": \"2026-03-02T09:00:00Z\""));
            if (random.nextBoolean()) {
                Value v = pick(random, AUTHORS);
                expectPlain &= v.plain();
                fields.add("\"author_id\": " + v.json());
            }
            if (random.nextBoolean()) {
                Value v = pick(random, VIAS);
                expectPlain &= v.plain();
                fields.add("\"via\": " + v.json());
            }
            int shape = random.nextInt(12);
            if (shape == 0) {
                fields.add("\"events\": null");
            } else if (shape == 1) {
                fields.add("\"events\": " + List.of("{\"type\": \"Comment\"}", "\"x\"", "[1, {\"type\": \"Comment\"}]").get(random.nextInt(3)));
                expectPlain = false;
            } else if (shape != 2) { // 2: no events at all
                List<String> events = new ArrayList<>();
                for (int e = random.nextInt(6); e > 0; e--) {
                    List<String> ev = new ArrayList<>();
                    expectPlain &= add(random, ev, "type", TYPES);
                    expectPlain &= add(random, ev, "id", IDS);
                    expectPlain &= add(random, ev, "field_name", FIELD_NAMES);
                    expectPlain &= add(random, ev, "value", VALUES);
                    expectPlain &= add(random, ev, "public", PUBLICS);
                    expectPlain &= add(random, ev, "author_id", AUTHORS);
                    if (random.nextInt(3) == 0) {
                        ev.add(random.nextInt(ev.size() + 1), EVENT_OTHERS[random.nextInt(EVENT_OTHERS.length)]);
                    }
                    if (random.nextInt(40) == 0 && !ev.isEmpty()) { // a key given twice
                        ev.add(ev.get(0));
                        expectPlain &= List.of(EVENT_OTHERS).contains(ev.get(0)); // a field not read may repeat
                    }
                    events.add("{" + String.join(", ", ev) + "}");
                }
                fields.add("\"events\": [" + String.join(", ", events) + "]");
            }
            java.util.Collections.shuffle(fields, random);
            byte[] text = ("[{" + String.join(", ", fields) + "}]").getBytes(StandardCharsets.UTF_8);
            String audit = new String(text, StandardCharsets.UTF_8);
            Audit fromTree = Audit.of(9, JSON.readTree(text, 1, text.length - 2));
            try (JsonParser parser = JSON.createParser(text)) {
                parser.nextToken();
                parser.nextToken();
                Audit read = AuditFields.read(parser, 9);
                assertThat(parser.currentToken()).as(audit).isEqualTo(JsonToken.END_OBJECT);
                assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
                assertThat(read != null).as(audit).isEqualTo(expectPlain);
                if (read != null) {
                    plain++;
                    assertThat(read.content()).as(audit).isEqualTo(fromTree.content());
                    assertThat(read.ticket()).isEqualTo(fromTree.ticket()).isEqualTo("35436");
                    assertThat(read.at()).isEqualTo(fromTree.at());
                }
            }
        }
        assertThat(plain).isGreaterThan(3_000);
    }

    @Test
    void integersAreTheDigitsTheTreeGives() {
        Random random = new Random(61);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder number = new StringBuilder(random.nextBoolean() ? "-" : "");
            int digits = 1 + random.nextInt(random.nextBoolean() ? 21 : 4);
            number.append(digits == 1 ? random.nextInt(10) : 1 + random.nextInt(9));
            for (int d = 1; d < digits; d++) {
                number.append(random.nextInt(10));
            }
            String json = "[{\"ticket_id\": " + number + ", \"created_at\": \"2026-03-02T09:00:00Z\", \"author_id\": " + number
                    + ", \"id\": " + number + ", \"events\": [{\"type\": \"Change\", \"id\": " + number + ", \"value\": " + number
                    + ", \"author_id\": " + number + "}]}]";
            byte[] text = json.getBytes(StandardCharsets.UTF_8);
            Audit fromTree = Audit.of(9, JSON.readTree(text, 1, text.length - 2));
            try (JsonParser parser = JSON.createParser(text)) {
                parser.nextToken();
                parser.nextToken();
                Audit read = AuditFields.read(parser, 9);
                boolean fits = new java.math.BigInteger(number.toString()).bitLength() < 64;
                assertThat(read != null).as(json).isEqualTo(fits);
                if (read != null) {
                    assertThat(read.content()).as(json).isEqualTo(fromTree.content());
                    assertThat(read.ticket()).as(json).isEqualTo(fromTree.ticket()).isEqualTo(String.valueOf(Long.parseLong(number.toString())));
                }
            }
        }
    }

    @Test
    void knownTextsAreSharedAndOthersKeptAsWritten() {
        byte[] text = "[{\"ticket_id\": 1, \"created_at\": \"2026-03-02T09:00:00Z\", \"events\": [{\"type\": \"Change\", \"field_name\": \"status\", \"value\": \"Escalated\"}]}]"
                .getBytes(StandardCharsets.UTF_8);
        try (JsonParser parser = JSON.createParser(text)) {
            parser.nextToken();
            parser.nextToken();
            AuditContent.Event event = AuditFields.read(parser, 1).content().events().get(0);
            assertThat(event.type()).isSameAs("Change");
            assertThat(event.fieldName()).isSameAs("status");
            assertThat(event.value()).isEqualTo("Escalated");
        }
    }

    /** Adds the field with a value from {@code pool} (or leaves it out); whether the token reading takes it. */
    private static boolean add(Random random, List<String> event, String name, Value[] pool) {
        if (random.nextInt(5) == 0) {
            return true; // missing
        }
        Value v = pick(random, pool);
        event.add("\"" + name + "\": " + v.json());
        return v.plain();
    }

    private static Value pick(Random random, Value[] pool) {
        // mostly plain values, so that whole audits are often plain
        Value v = pool[random.nextInt(pool.length)];
        return v.plain() || random.nextInt(4) == 0 ? v : pool[0];
    }
}
