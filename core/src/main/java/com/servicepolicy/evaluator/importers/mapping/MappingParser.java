package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.InputFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a mapping file; every mistake is an input error naming the file and the key ({@code events[1].fields.at}). */
final class MappingParser {
    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> TOP = Set.of("name", "zone", "timeFormats", "requiredColumns", "skip", "events");

    private final String file;

    private MappingParser(String file) {
        this.file = file;
    }

    static Mapping parse(InputStream in, String file) throws InputFileException {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (JacksonException e) {
            throw new InputFileException("cannot read mapping " + file + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputFileException("cannot read mapping " + file + ": expected a YAML mapping with events:");
        }
        return new MappingParser(file).mapping(root);
    }

    private Mapping mapping(JsonNode root) throws InputFileException {
        for (String key : root.propertyNames()) {
            if (!TOP.contains(key)) {
                throw error(key, "unknown key: expected one of " + TOP);
            }
        }
        String name = root.path("name").asString("mapped");
        ZoneId zone = ZoneId.of("UTC");
        if (root.has("zone")) {
            try {
                zone = ZoneId.of(root.get("zone").asString());
            } catch (DateTimeException e) {
                throw error("zone", "'" + root.get("zone").asString() + "' is not a time zone (e.g. America/New_York)");
            }
        }
        List<String> formats = strings(root, "timeFormats");
        for (int i = 0; i < formats.size(); i++) {
            try {
                DateTimeFormatter.ofPattern(formats.get(i), Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw error("timeFormats[" + i + "]", e.getMessage());
            }
        }
        List<RowCondition> skips = new ArrayList<>();
        JsonNode skip = root.path("skip");
        for (int i = 0; i < skip.size(); i++) {
            RowCondition c = condition(skip.get(i), "skip[" + i + "]");
            if (c.reason() == null) {
                throw error("skip[" + i + "].reason", "missing: say why such rows are skipped");
            }
            skips.add(c);
        }
        JsonNode events = root.path("events");
        if (!events.isArray() || events.isEmpty()) {
            throw error("events", "missing: a list of the events each row makes");
        }
        List<Mapping.EventRule> rules = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            rules.add(event(events.get(i), "events[" + i + "]"));
        }
        return new Mapping(name, zone, formats, strings(root, "requiredColumns"), skips, rules);
    }

    private Mapping.EventRule event(JsonNode node, String at) throws InputFileException {
        String type = node.path("type").asString(null);
        try {
            EventType.valueOf(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            throw error(at + ".type", "'" + type + "' is not an event type of the log (OPENED, AGENT_REPLY, ...)");
        }
        RowCondition when = node.has("when") ? condition(node.get("when"), at + ".when") : null;
        Map<EventField, ValueRule> fields = new LinkedHashMap<>();
        JsonNode given = node.path("fields");
        for (String key : given.propertyNames()) {
            EventField field = EventField.byName(key);
            if (field == null || field == EventField.TYPE) {
                throw error(at + ".fields." + key, "not a field of the event log (eventId, at, customerId, ...; type is given beside fields)");
            }
            fields.put(field, value(given.get(key), at + ".fields." + key));
        }
        for (EventField needed : List.of(EventField.EVENT_ID, EventField.AT, EventField.CUSTOMER_ID)) {
            if (!fields.containsKey(needed)) {
                throw error(at + ".fields." + needed.fieldName(), "missing: every event needs it");
            }
        }
        return new Mapping.EventRule(type, when, fields);
    }

    private ValueRule value(JsonNode node, String at) throws InputFileException {
        if (node.isValueNode()) {
            return ValueRule.Template.parse(node.asString());
        }
        String column = node.path("column").asString(null);
        if (column == null) {
            throw error(at + ".column", "missing: a lookup names the column it reads");
        }
        Map<String, String> table = new LinkedHashMap<>();
        JsonNode map = node.path("map");
        for (String key : map.propertyNames()) {
            JsonNode v = map.get(key);
            table.put(key.toLowerCase(Locale.ROOT), v.isNull() ? "" : v.asString());
        }
        String fallback = node.has("default") ? (node.get("default").isNull() ? "" : node.get("default").asString()) : null;
        return new ValueRule.Lookup(column, Map.copyOf(table), fallback, -1);
    }

    private RowCondition condition(JsonNode node, String at) throws InputFileException {
        String column = node.path("column").asString(null);
        if (column == null) {
            throw error(at + ".column", "missing: a condition names the column it tests");
        }
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode v : node.path("in")) {
            values.add(v.asString().toLowerCase(Locale.ROOT));
        }
        return new RowCondition(column, Set.copyOf(values), node.path("reason").asString(null), -1);
    }

    private List<String> strings(JsonNode root, String key) throws InputFileException {
        JsonNode node = root.path(key);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error(key, "expected a list");
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asString()));
        return List.copyOf(out);
    }

    private InputFileException error(String key, String reason) {
        return new InputFileException("mapping " + file + ": " + key + ": " + reason);
    }
}
