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
 * An audit's ticket, time and content read from its tokens are what its tree gives — or, for a time that is none, the
 * same reason and rows — and only a plain audit is read so.
 */
class AuditFieldsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TICKETS = {"35436", "\"35436\"", "\"abc\"", "\"\"", "-0", "0", "9223372036854775807",
            "92233720368547758070", "1.5", "1e3", "null", "true", "{\"id\": 1}", "[1, \"x\"]"};
    private static final String[] TIMES = {"\"2026-03-02T09:00:00Z\"", "\"2026-02-30T09:00:00Z\"", "\"2026-03-02T09:00:00.5Z\"",
            "\"2026-03-02T09:00:00+01:00\"", "\"tomorrow\"", "\"\"", "12", "null", "{\"at\": \"x\"}", "[\"2026-03-02T09:00:00Z\"]"};
    private static final String[] IDS = {"\"id\": 7", "\"id\": \"a-7\"", "\"id\": 9007199254740993", "\"id\": null",
            "\"id\": 1.5", "\"id\": {}"};
    private static final String[] OTHERS = {"\"author_id\": 20001", "\"events\": [{\"type\": \"Create\", \"value\": \"a\"}, "
            + "{\"type\": \"Comment\", \"body\": \"x\", \"public\": true, \"nested\": {\"a\": [1, {\"b\": \"c\"}]}}]", "\"via\": {\"channel\": \"web\"}",
            "\"metadata\": {}", "\"list\": []", "\"text\": \"\\u00e9\\\"q\""};

    @Test
    void readsWhatTheTreeGivesOrLeavesTheAuditToIt() {
        Random random = new Random(3);
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            List<String> fields = new ArrayList<>();
            boolean repeated = false; // author_id, events or via twice: left to the tree (its last value wins)
            for (int i = random.nextInt(4); i > 0; i--) {
                String other = OTHERS[random.nextInt(OTHERS.length)];
                repeated |= fields.contains(other) && other.matches("\"(author_id|events|via)\".*");
                fields.add(other);
            }
            int ids = random.nextInt(10) == 0 ? 2 : random.nextInt(3) == 0 ? 0 : 1;
            boolean plainId = ids < 2;
            for (int i = ids; i > 0; i--) {
                int k = random.nextInt(IDS.length);
                plainId &= k <= 2; // a string, or an integer that fits a long
                fields.add(random.nextInt(fields.size() + 1), IDS[k]);
            }
            int tickets = random.nextInt(10) == 0 ? 2 : random.nextInt(8) == 0 ? 0 : 1;
            boolean plainTicket = tickets == 1;
            for (int i = tickets; i > 0; i--) {
                int k = random.nextInt(TICKETS.length);
                plainTicket &= k <= 2 || (k >= 4 && k <= 6); // a non-empty string, or an integer that fits a long
                fields.add(random.nextInt(fields.size() + 1), "\"ticket_id\": " + TICKETS[k]);
            }
            int times = random.nextInt(10) == 0 ? 2 : random.nextInt(8) == 0 ? 0 : 1;
            boolean plainTime = times == 1;
            for (int i = times; i > 0; i--) {
                int k = random.nextInt(TIMES.length);
                plainTime &= k <= 5; // a string (a time, or text that is none)
                fields.add(random.nextInt(fields.size() + 1), "\"created_at\": " + TIMES[k]);
            }
            byte[] text = ("[{" + String.join(", ", fields) + "}]").getBytes(StandardCharsets.UTF_8);
            Audit fromTree = Audit.of(9, JSON.readTree(text, 1, text.length - 2));
            try (JsonParser parser = JSON.createParser(text)) {
                parser.nextToken();
                parser.nextToken();
                Audit read = AuditFields.read(parser, 9);
                assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
                assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
                String audit = new String(text, StandardCharsets.UTF_8);
                assertThat(read != null).as(audit).isEqualTo(plainTicket && plainTime && !repeated && plainId);
                if (read != null) {
                    plain++;
                    assertThat(read.problem()).as(audit).isEqualTo(fromTree.problem());
                    assertThat(read.problemRows()).as(audit).isEqualTo(fromTree.problemRows());
                    assertThat(read.ticket()).as(audit).isEqualTo(fromTree.ticket());
                    assertThat(read.at()).as(audit).isEqualTo(fromTree.at());
                    assertThat(read.line()).isEqualTo(9);
                    assertThat(read.content()).as(audit).isEqualTo(fromTree.content());
                }
            }
        }
        assertThat(plain).isGreaterThan(1_000);
    }
}
