package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.policy.BusinessCalendar;
import com.servicepolicy.evaluator.policy.ClockKind;
import com.servicepolicy.evaluator.policy.ServiceLevel;
import com.servicepolicy.evaluator.policy.ServiceLevelCondition;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code pausedStatuses:} and {@code serviceLevels:} of settings.yaml: the statuses that pause each
 * clock kind, and the ordered service-level policies (name, {@code when}, targets, paused statuses,
 * calendar), each falling back to the settings' own table for what it does not say.
 */
final class ServiceLevelSettings {
    private final SettingsParser parser;
    private final Map<String, BusinessCalendar> calendars;

    ServiceLevelSettings(SettingsParser parser, Map<String, BusinessCalendar> calendars) {
        this.parser = parser;
        this.calendars = calendars;
    }

    /** {@code {RESOLUTION: [PENDING, ON_HOLD]}}; an absent node means the catalog's defaults. */
    Map<ClockKind, Set<Status>> pausedStatuses(JsonNode node, String key) {
        Map<ClockKind, Set<Status>> out = new EnumMap<>(ClockKind.class);
        if (node.isMissingNode() || node.isNull()) {
            out.put(ClockKind.RESOLUTION, Set.of(Status.PENDING, Status.ON_HOLD));
            return out;
        }
        node.properties().forEach(e -> {
            ClockKind kind = parse(ClockKind::valueOf, e.getKey(), key + "." + e.getKey(), "clock kind");
            Set<Status> statuses = parser.enums(node, key + ".", e.getKey(), Status::valueOf);
            if (kind != null) {
                out.put(kind, statuses);
            }
        });
        return out;
    }

    List<ServiceLevel> read(JsonNode list, JsonNode root) {
        List<ServiceLevel> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            parser.problem("serviceLevels", "must be a list of policies (name, when, targets, pausedStatuses, calendar)");
            return out;
        }
        Set<String> names = new HashSet<>(List.of(ServiceLevel.DEFAULT));
        for (int i = 0; i < list.size(); i++) {
            String key = "serviceLevels." + i;
            JsonNode node = list.get(i);
            String name = node.path("name").asString("");
            if (name.isBlank() || !names.add(name)) {
                parser.problem(key + ".name", name.isBlank() ? "missing: every service-level policy has a name"
                        : "'" + name + "' is used twice (or is the reserved name of the settings' own table)");
                continue;
            }
            Map<Priority, Long> response = new EnumMap<>(Priority.class);
            Map<Priority, Long> resolution = new EnumMap<>(Priority.class);
            for (Priority p : Priority.values()) {
                response.put(p, target(node, root, p, "response", key));
                resolution.put(p, target(node, root, p, "resolution", key));
            }
            Map<ClockKind, Set<Status>> paused = pausedStatuses(root.path("pausedStatuses"), "pausedStatuses");
            if (node.has("pausedStatuses")) {
                paused.putAll(pausedStatuses(node.path("pausedStatuses"), key + ".pausedStatuses"));
            }
            out.add(new ServiceLevel(name, condition(node.path("when"), key + ".when"), response, resolution, paused,
                    calendar(node.path("calendar"), key + ".calendar")));
        }
        return out;
    }

    /** The policy's own target, else the settings' table's. */
    private long target(JsonNode node, JsonNode root, Priority p, String which, String key) {
        JsonNode own = node.path("targets").path(p.name()).path(which);
        return own.isMissingNode() || own.isNull() ? parser.duration(root, "targets." + p + "." + which)
                : parser.duration(node, key + ".", "targets." + p + "." + which);
    }

    private BusinessCalendar calendar(JsonNode node, String key) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        BusinessCalendar calendar = calendars.get(node.asString());
        if (calendar == null) {
            parser.problem(key, "no calendar '" + node.asString() + "' under calendars:");
        }
        return calendar;
    }

    private ServiceLevelCondition condition(JsonNode when, String key) {
        if (when.isMissingNode() || when.isNull()) {
            return ServiceLevelCondition.ALWAYS;
        }
        Set<String> known = Set.of("channel", "category", "queue", "priority", "customer");
        when.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                parser.problem(key + "." + name, "unknown condition (channel, category, queue, priority, customer)");
            }
        });
        Map<String, Set<String>> customer = new LinkedHashMap<>();
        when.path("customer").properties().forEach(e -> customer.put(e.getKey(), texts(e.getValue())));
        return new ServiceLevelCondition(values(when, "channel", Channel::valueOf, key),
                values(when, "category", Category::valueOf, key), texts(when.path("queue")),
                values(when, "priority", Priority::valueOf, key), customer);
    }

    private <E> Set<E> values(JsonNode when, String field, java.util.function.Function<String, E> valueOf, String key) {
        Set<E> out = new LinkedHashSet<>();
        for (String text : texts(when.path(field))) {
            E value = parse(valueOf, text, key + "." + field, field);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** A list of texts, or one text. */
    private static Set<String> texts(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        if (node.isArray()) {
            node.forEach(v -> out.add(v.asString()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node.asString());
        }
        return out;
    }

    private <E> E parse(java.util.function.Function<String, E> valueOf, String text, String key, String what) {
        try {
            return valueOf.apply(text);
        } catch (IllegalArgumentException e) {
            parser.problem(key, "unknown " + what + " '" + text + "'");
            return null;
        }
    }
}
