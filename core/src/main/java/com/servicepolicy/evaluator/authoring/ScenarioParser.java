package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.ingest.Times;
import com.servicepolicy.evaluator.engine.YamlPositions;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.policy.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario file ({@code *.test.yaml} beside the rules). Every problem is collected with its
 * line, so an author sees all of them at once. The format is described in docs/authoring.md.
 */
public final class ScenarioParser {
    public static final String SUFFIX = ".test.yaml";
    static final String DEFAULT_CUSTOMER = "C1";
    static final String DEFAULT_INTERACTION = "I1";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> FILE_KEYS = Set.of("start", "customerId", "interactionId", "scenarios");
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "start", "customerId", "interactionId", "asOf",
            "events", "customers", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("exact", "includes", "excludes");
    private static final Set<String> EXPECTED_KEYS = Set.of("code", "subject", "severity", "actions");

    private final String file;
    private final YamlPositions positions;
    private final List<Finding> problems = new ArrayList<>();

    private ScenarioParser(String file, String yaml) {
        this.file = file;
        this.positions = YamlPositions.of(yaml);
    }

    /** The scenarios of a file and the problems found in it; scenarios with problems are left out. */
    public record Parsed(List<Scenario> scenarios, List<Finding> problems) {
    }

    public static Parsed parse(String file, String yaml) {
        ScenarioParser parser = new ScenarioParser(file, yaml);
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            return new Parsed(List.of(), List.of(Finding.error(file, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "not valid YAML: " + e.getOriginalMessage())));
        }
        return new Parsed(parser.read(root), List.copyOf(parser.problems));
    }

    private List<Scenario> read(JsonNode root) {
        List<Scenario> out = new ArrayList<>();
        if (root == null || !root.isObject() || !root.path("scenarios").isArray()) {
            problem("scenarios", "a scenario file needs a list 'scenarios:'");
            return out;
        }
        unknownKeys(root, "", FILE_KEYS);
        JsonNode scenarios = root.path("scenarios");
        for (int i = 0; i < scenarios.size(); i++) {
            int before = problems.size();
            Scenario s = scenario(root, scenarios.get(i), "scenarios." + i);
            if (s != null && problems.size() == before) {
                out.add(s);
            }
        }
        return out;
    }

    private Scenario scenario(JsonNode defaults, JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "a scenario is a mapping with name, events and expect");
            return null;
        }
        unknownKeys(node, path, SCENARIO_KEYS);
        String name = text(node, "name");
        if (name == null) {
            problem(path, "scenario has no name");
            name = "scenario " + path;
        }
        Instant start = instant(node.has("start") ? node : defaults, node.has("start") ? path : "", "start", null);
        String customer = inherit(node, defaults, "customerId", DEFAULT_CUSTOMER);
        String interaction = inherit(node, defaults, "interactionId", DEFAULT_INTERACTION);
        ScenarioEvents events = new ScenarioEvents(this, path + ".events", start, customer, interaction);
        List<Event> eventList = events.read(node.path("events"));
        List<Customer> customers = customers(node.path("customers"), path + ".customers");
        Instant asOf = node.has("asOf") ? instant(node, path, "asOf", start)
                : eventList.stream().map(Event::instant).max(Instant::compareTo).orElse(start);
        JsonNode expect = node.path("expect");
        if (!expect.isObject() || expect.isEmpty()) {
            problem(path + ".expect", "scenario needs 'expect:' with exact, includes or excludes");
            return null;
        }
        unknownKeys(expect, path + ".expect", EXPECT_KEYS);
        List<ExpectedViolation> exact = expect.has("exact") ? expected(expect.path("exact"), path + ".expect.exact") : null;
        return new Scenario(file, positions.at(path).line(), name, eventList, customers, asOf, exact,
                expected(expect.path("includes"), path + ".expect.includes"),
                expected(expect.path("excludes"), path + ".expect.excludes"));
    }

    private List<Customer> customers(JsonNode list, String path) {
        List<Customer> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String at = path + "." + i;
            int repeat = ScenarioEvents.repeat(this, node, at);
            for (int n = 1; n <= repeat; n++) {
                Map<String, String> attributes = new LinkedHashMap<>();
                String id = null;
                for (var e : node.properties()) {
                    String value = ScenarioEvents.substitute(e.getValue().asString(), n);
                    if (e.getKey().equals("customerId")) {
                        id = value;
                    } else if (!e.getKey().equals("repeat")) {
                        attributes.put(e.getKey(), value);
                    }
                }
                if (id == null) {
                    problem(at, "customer has no customerId");
                    break;
                }
                out.add(new Customer(id, attributes));
            }
        }
        return out;
    }

    private List<ExpectedViolation> expected(JsonNode list, String path) {
        List<ExpectedViolation> out = new ArrayList<>();
        if (list.isMissingNode()) {
            return out;
        }
        if (!list.isArray()) {
            problem(path, "must be a list of violations, e.g. [\"RESP-001 I1\"] or [{code: RESP-001, subject: I1}]");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String at = path + "." + i;
            int line = positions.at(at).line();
            if (node.isString()) {
                String[] parts = node.asString().trim().split("\\s+", 2);
                out.add(new ExpectedViolation(parts[0], parts.length > 1 ? parts[1] : null, null, null, line));
                continue;
            }
            unknownKeys(node, at, EXPECTED_KEYS);
            String code = text(node, "code");
            if (code == null) {
                problem(at, "expected violation has no code");
                continue;
            }
            Severity severity = null;
            String severityText = text(node, "severity");
            if (severityText != null) {
                try {
                    severity = Severity.valueOf(severityText);
                } catch (IllegalArgumentException e) {
                    problem(at + ".severity", "unknown severity '" + severityText + "' (INFO, MINOR, MAJOR, CRITICAL)");
                }
            }
            List<String> actions = null;
            if (node.has("actions")) {
                actions = new ArrayList<>();
                for (JsonNode a : node.path("actions")) {
                    actions.add(a.asString());
                }
            }
            out.add(new ExpectedViolation(code, text(node, "subject"), severity, actions, line));
        }
        return out;
    }

    /** An absolute instant, or {@code +duration}/{@code -duration} relative to {@code start}. */
    Instant instant(JsonNode node, String path, String key, Instant start) {
        String text = text(node, key);
        String at = path.isEmpty() ? key : path + "." + key;
        if (text == null) {
            if (start == null && key.equals("start")) {
                problem(at, "no start instant: give 'start:' in the scenario or at the top of the file");
            }
            return start == null ? Instant.EPOCH : start;
        }
        if (text.startsWith("+") || text.startsWith("-") || text.equals("0")) {
            if (start == null) {
                problem(at, "relative time '" + text + "' needs a 'start:' instant");
                return Instant.EPOCH;
            }
            try {
                String duration = text.replaceFirst("^[+-]", "").trim();
                long millis = duration.equals("0") ? 0 : com.servicepolicy.evaluator.policy.Durations.parse(duration);
                return text.startsWith("-") ? start.minusMillis(millis) : start.plusMillis(millis);
            } catch (IllegalArgumentException e) {
                problem(at, e.getMessage());
                return start;
            }
        }
        try {
            return Times.parseInstant(text);
        } catch (IllegalArgumentException e) {
            problem(at, "'" + text + "' is neither an instant with offset (2026-03-02T09:00:00Z) nor relative (+4h 1s)");
            return start == null ? Instant.EPOCH : start;
        }
    }

    private static String inherit(JsonNode node, JsonNode defaults, String key, String fallback) {
        String own = text(node, key);
        if (own != null) {
            return own;
        }
        String inherited = text(defaults, key);
        return inherited != null ? inherited : fallback;
    }

    static String text(JsonNode node, String key) {
        JsonNode v = node.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        String s = v.asString();
        return s.isEmpty() ? null : s;
    }

    void unknownKeys(JsonNode node, String path, Set<String> known) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                problem(path.isEmpty() ? key : path + "." + key, "unknown key '" + key + "' (expected one of "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }

    void problem(String path, String message) {
        YamlPositions.Position at = positions.at(path);
        problems.add(Finding.error(file, at.line(), at.column(), message));
    }
}
