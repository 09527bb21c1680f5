package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The events of one scenario, written tersely: times relative to the scenario's start, customer and
 * interaction inherited from it, event ids generated ({@code e1}, {@code e2}, ... by position) when
 * omitted. {@code repeat: N} writes an entry N times, with {@code {n}} in its values replaced by 1..N.
 */
final class ScenarioEvents {
    private static final Set<String> KEYS = Set.of("at", "type", "eventId", "id", "customerId", "interactionId",
            "channel", "priority", "category", "topic", "agentId", "reasonCode", "reasonText", "dueAt", "rating",
            "status", "internal", "queue", "repeat");

    private final ScenarioParser parser;
    private final String path;
    private final Instant start;
    private final String customerId;
    private final String interactionId;

    ScenarioEvents(ScenarioParser parser, String path, Instant start, String customerId, String interactionId) {
        this.parser = parser;
        this.path = path;
        this.start = start;
        this.customerId = customerId;
        this.interactionId = interactionId;
    }

    List<Event> read(JsonNode list) {
        List<Event> out = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            parser.problem(path, "scenario needs a list 'events:'");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "." + i;
            JsonNode entry = list.get(i);
            if (!entry.isObject()) {
                parser.problem(at, "an event is a mapping, e.g. { at: +1h, type: AGENT_REPLY }");
                continue;
            }
            parser.unknownKeys(entry, at, KEYS);
            int repeat = repeat(parser, entry, at);
            for (int n = 1; n <= repeat; n++) {
                Event e = event(substituted(entry, n), at, "e" + (i + 1) + (repeat > 1 ? "-" + n : ""), out.size());
                if (e == null) {
                    break;
                }
                if (!ids.add(e.getEventId())) {
                    parser.problem(at, "duplicate eventId '" + e.getEventId() + "' in this scenario");
                }
                for (String problem : ScenarioContract.problems(e)) {
                    parser.problem(at, "no door would take this event: " + problem);
                }
                out.add(e);
            }
        }
        return out;
    }

    private Event event(JsonNode node, String at, String generatedId, long sequence) {
        EventType type = enumValue(node, at, "type", EventType::valueOf);
        if (type == null) {
            if (ScenarioParser.text(node, "type") == null) {
                parser.problem(at, "event has no type");
            }
            return null;
        }
        if (ScenarioParser.text(node, "at") == null) {
            parser.problem(at, "event has no 'at' (e.g. at: +4h 1s)");
            return null;
        }
        String id = first(ScenarioParser.text(node, "eventId"), ScenarioParser.text(node, "id"), generatedId);
        String interaction = ScenarioParser.text(node, "interactionId");
        if (interaction == null && type != EventType.REVIEW_POSTED) {
            interaction = interactionId; // a review belongs to no interaction
        }
        Event.Builder b = Event.builder().eventId(id).type(type).sequence(sequence)
                .at(parser.instant(node, at, "at", start))
                .customerId(first(ScenarioParser.text(node, "customerId"), customerId, null))
                .interactionId(interaction)
                .channel(enumValue(node, at, "channel", Channel::valueOf))
                .priority(enumValue(node, at, "priority", Priority::valueOf))
                .category(enumValue(node, at, "category", Category::valueOf))
                .topic(ScenarioParser.text(node, "topic"))
                .agentId(ScenarioParser.text(node, "agentId"))
                .reasonCode(ScenarioParser.text(node, "reasonCode"))
                .reasonText(ScenarioParser.text(node, "reasonText"))
                .status(enumValue(node, at, "status", Status::valueOf))
                .queue(ScenarioParser.text(node, "queue"));
        if (node.has("internal")) {
            if (!node.path("internal").isBoolean()) {
                parser.problem(at + ".internal", "internal must be true or false");
            } else {
                b.internal(node.path("internal").asBoolean());
            }
        }
        if (node.has("dueAt")) {
            b.dueAt(parser.instant(node, at, "dueAt", start));
        }
        if (node.has("rating")) {
            if (!node.path("rating").canConvertToInt()) {
                parser.problem(at + ".rating", "rating must be a whole number 1-5");
            } else {
                b.rating(node.path("rating").asInt());
            }
        }
        return b.build();
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String at, String key, Function<String, E> valueOf) {
        String text = ScenarioParser.text(node, key);
        if (text == null) {
            return null;
        }
        try {
            return valueOf.apply(text);
        } catch (IllegalArgumentException e) {
            parser.problem(at + "." + key, "unknown " + key + " '" + text + "'");
            return null;
        }
    }

    static int repeat(ScenarioParser parser, JsonNode entry, String at) {
        if (!entry.has("repeat")) {
            return 1;
        }
        JsonNode r = entry.path("repeat");
        if (!r.canConvertToInt() || r.asInt() < 1 || r.asInt() > 10_000) {
            parser.problem(at + ".repeat", "repeat must be a whole number from 1 to 10000");
            return 0;
        }
        return r.asInt();
    }

    static String substitute(String value, int n) {
        return value.replace("{n}", Integer.toString(n));
    }

    private static JsonNode substituted(JsonNode entry, int n) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (var e : entry.properties()) {
            JsonNode v = e.getValue();
            copy.set(e.getKey(), v.isString() ? JsonNodeFactory.instance.stringNode(substitute(v.asString(), n)) : v);
        }
        return copy;
    }

    private static String first(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }
}
