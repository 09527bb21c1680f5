package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.policy.BusinessCalendar;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Durations;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@code settings.yaml} into {@link PolicySettings}, checking every value's kind and range so
 * that a typo is reported by key rather than turning into a silent zero.
 */
final class SettingsParser {
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final String file;
    private final YamlPositions positions;
    private final Map<String, String> resources;
    private final List<RuleProblem> problems = new ArrayList<>();

    private SettingsParser(String file, String yaml, Map<String, String> resources) {
        this.file = file;
        this.positions = YamlPositions.of(yaml);
        this.resources = resources;
    }

    static PolicySettings parse(String file, String yaml) throws RuleSetException {
        return parse(file, yaml, Map.of());
    }

    /** @param resources other files of the rule set by name (iCalendar files of holidays) */
    static PolicySettings parse(String file, String yaml, Map<String, String> resources) throws RuleSetException {
        SettingsParser parser = new SettingsParser(file, yaml, resources);
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            throw new RuleSetException(List.of(new RuleProblem(file, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "not valid YAML: " + e.getOriginalMessage())));
        }
        PolicySettings settings = parser.read(root == null ? YAML.createObjectNode() : root);
        if (!parser.problems.isEmpty()) {
            throw new RuleSetException(parser.problems);
        }
        return settings;
    }

    private PolicySettings read(JsonNode root) {
        PolicySettings.Builder b = PolicySettings.builder();
        for (Priority p : Priority.values()) {
            b.target(p, duration(root, "targets." + p + ".response"), duration(root, "targets." + p + ".resolution"));
        }
        b.atRiskFraction(fraction(root, "atRiskFraction"));
        b.followUp(duration(root, "followUp.window"), enums(root, "followUp.categories", Category::valueOf));
        b.accommodation(duration(root, "accommodation.answerWindow"), strings(root, "accommodation.legitimateDenialReasons"));
        b.refusal(strings(root, "refusal.legitimateReasons"), strings(root, "refusal.protectedGrounds"),
                List.copyOf(strings(root, "refusal.protectedTerms")));
        b.retaliation(duration(root, "retaliation.window"), (int) whole(root, "retaliation.maxRating", 1, 5));
        b.repeatContact(duration(root, "repeatContact.window"), (int) whole(root, "repeatContact.minOtherContacts", 1, 1000));
        b.disparity(whole(root, "disparateRefusal.minGroupSize", 1, Integer.MAX_VALUE),
                positive(root, "disparateRefusal.ratio"), fraction(root, "disparateRefusal.maxPValue"));
        b.severityOverrides(severities(root.path("severityOverrides")));
        b.actions(actions(root.path("actions")));
        Map<String, BusinessCalendar> calendars = new CalendarSettings(this, resources).read(root.path("calendars"));
        b.calendars(calendars);
        ServiceLevelSettings levels = new ServiceLevelSettings(this, calendars);
        b.pausedStatuses(levels.pausedStatuses(root.path("pausedStatuses"), "pausedStatuses"));
        b.serviceLevels(levels.read(root.path("serviceLevels"), root));
        b.correction(correction(root));
        b.custom(flatten(root.path("custom")));
        b.severityByPriority(severityByPriority(root.path("severityByPriority")));
        b.texts(texts(root));
        return b.build();
    }

    JsonNode at(JsonNode root, String key) {
        return at(root, "", key);
    }

    /** The node at {@code key} under {@code base}; a problem is reported at {@code prefix + key}. */
    JsonNode at(JsonNode base, String prefix, String key) {
        JsonNode node = base;
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        if (node.isMissingNode() || node.isNull()) {
            problem(prefix + key, "missing");
            return null;
        }
        return node;
    }

    long duration(JsonNode root, String key) {
        return duration(root, "", key);
    }

    long duration(JsonNode base, String prefix, String key) {
        JsonNode node = at(base, prefix, key);
        if (node == null) {
            return 0;
        }
        try {
            long millis = Durations.parse(node.asString());
            if (millis <= 0) {
                problem(prefix + key, "must be longer than 0");
            }
            return millis;
        } catch (IllegalArgumentException e) {
            problem(prefix + key, e.getMessage());
            return 0;
        }
    }

    private double fraction(JsonNode root, String key) {
        double v = number(root, key);
        if (v <= 0 || v > 1) {
            problem(key, v + " is out of range: must be more than 0 and at most 1");
        }
        return v;
    }

    private double positive(JsonNode root, String key) {
        double v = number(root, key);
        if (v <= 0) {
            problem(key, v + " is out of range: must be more than 0");
        }
        return v;
    }

    private long whole(JsonNode root, String key, long min, long max) {
        JsonNode node = at(root, key);
        if (node == null) {
            return min;
        }
        if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            problem(key, "'" + node.asString() + "' must be a whole number from " + min + " to " + max);
            return min;
        }
        return node.asLong();
    }

    private double number(JsonNode root, String key) {
        JsonNode node = at(root, key);
        if (node == null) {
            return Double.NaN;
        }
        if (!node.isNumber()) {
            problem(key, "'" + node.asString() + "' is not a number");
            return Double.NaN;
        }
        return node.asDouble();
    }

    Set<String> strings(JsonNode root, String key) {
        return strings(root, "", key);
    }

    Set<String> strings(JsonNode base, String prefix, String key) {
        JsonNode node = at(base, prefix, key);
        Set<String> out = new LinkedHashSet<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            problem(prefix + key, "must be a list");
            return out;
        }
        node.forEach(item -> out.add(item.asString()));
        return out;
    }

    <E> Set<E> enums(JsonNode root, String key, Function<String, E> valueOf) {
        return enums(root, "", key, valueOf);
    }

    <E> Set<E> enums(JsonNode base, String prefix, String key, Function<String, E> valueOf) {
        Set<E> out = new LinkedHashSet<>();
        for (String s : strings(base, prefix, key)) {
            try {
                out.add(valueOf.apply(s));
            } catch (IllegalArgumentException e) {
                problem(prefix + key, "unknown value '" + s + "'");
            }
        }
        return out;
    }

    private Map<String, Severity> severities(JsonNode node) {
        Map<String, Severity> out = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            try {
                out.put(e.getKey(), Severity.valueOf(e.getValue().asString()));
            } catch (IllegalArgumentException ex) {
                problem("severityOverrides." + e.getKey(), "unknown severity '" + e.getValue().asString()
                        + "' (INFO, MINOR, MAJOR, CRITICAL)");
            }
        });
        return out;
    }

    /** {@code severityByPriority: {RESP-001: {URGENT: MAJOR, HIGH: MAJOR}}}: the severity a code takes at a priority. */
    private Map<String, Map<Priority, Severity>> severityByPriority(JsonNode node) {
        Map<String, Map<Priority, Severity>> out = new LinkedHashMap<>();
        node.properties().forEach(code -> {
            Map<Priority, Severity> byPriority = new java.util.EnumMap<>(Priority.class);
            code.getValue().properties().forEach(e -> {
                String key = "severityByPriority." + code.getKey() + "." + e.getKey();
                try {
                    byPriority.put(Priority.valueOf(e.getKey()), Severity.valueOf(e.getValue().asString()));
                } catch (IllegalArgumentException ex) {
                    problem(key, "unknown priority or severity (priorities: LOW, NORMAL, HIGH, URGENT; severities: "
                            + "INFO, MINOR, MAJOR, CRITICAL)");
                }
            });
            out.put(code.getKey(), byPriority);
        });
        return out;
    }

    /** Every value as written, by dotted key ({@code followUp.window}: {@code 72h}), lists joined by ", ", for templates. */
    private static Map<String, String> texts(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        texts("", root, out);
        return out;
    }

    private static void texts(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> texts(prefix + (prefix.isEmpty() ? "" : ".") + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isContainer()) {
                    texts(prefix + "." + i, item, out); // a list of policies: each by its index
                } else {
                    items.add(item.asString());
                }
            }
            if (items.size() == node.size()) {
                out.put(prefix, String.join(", ", items));
            }
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.put(prefix, node.asString());
        }
    }

    private String correction(JsonNode root) {
        JsonNode node = root.path("disparateRefusal").path("correction");
        String value = node.isMissingNode() || node.isNull() ? "holm" : node.asString();
        if (!value.equals("holm") && !value.equals("none")) {
            problem("disparateRefusal.correction", "'" + value + "' must be holm or none");
        }
        return value;
    }

    private Map<String, String> actions(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isEmpty()) {
            problem("actions", "missing: every action code needs a description");
        }
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }

    private Map<String, Object> flatten(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", node, out);
        return out;
    }

    private void flatten(String prefix, JsonNode node, Map<String, Object> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix + (prefix.isEmpty() ? "" : ".") + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asString()));
            out.put(prefix, items);
        } else if (node.isNumber()) {
            out.put(prefix, node.numberValue());
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.put(prefix, node.asString());
        }
    }

    void problem(String key, String message) {
        YamlPositions.Position at = positions.at(key);
        problems.add(new RuleProblem(file, at.line(), at.column(), key + ": " + message));
    }
}
