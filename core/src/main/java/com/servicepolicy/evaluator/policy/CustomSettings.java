package com.servicepolicy.evaluator.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values a policy author adds under {@code custom:} in settings.yaml for rules of their own,
 * read in DRL as {@code settings.custom().duration("vip.responseFactor")}. Keys are dotted paths.
 * A missing key or a value of the wrong kind fails the rule loudly rather than reading as zero.
 */
public final class CustomSettings {
    private final Map<String, Object> values;

    CustomSettings(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public long duration(String key) {
        return Durations.parse(String.valueOf(require(key)));
    }

    public double number(String key) {
        Object v = require(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw wrongKind(key, "a number");
    }

    public String text(String key) {
        return String.valueOf(require(key));
    }

    public Set<String> set(String key) {
        Object v = require(key);
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        throw wrongKind(key, "a list");
    }

    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("settings.yaml has no custom value '" + key + "'");
        }
        return v;
    }

    private IllegalArgumentException wrongKind(String key, String kind) {
        return new IllegalArgumentException("custom setting '" + key + "' is not " + kind);
    }
}
