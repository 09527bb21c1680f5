package com.servicepolicy.evaluator.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A unit compiled to the executable model: its generated classes (by {@code path/Name.class}), the names of
 * its model classes (one {@code Rules...} class per package, what {@link ModelLoader} instantiates) and the
 * file each rule came from (the executable model does not keep it). As a cache entry it is files by name.
 */
record CompiledUnit(Map<String, byte[]> classes, List<String> models, Map<String, String> fileByRule) {
    private static final String MODELS = "META-INF/service-policy/models";
    private static final String RULES = "META-INF/service-policy/rule-files.properties";

    Map<String, byte[]> toEntry() {
        Map<String, byte[]> entry = new LinkedHashMap<>();
        entry.put(MODELS, String.join("\n", models).getBytes(StandardCharsets.UTF_8));
        Properties rules = new Properties();
        rules.putAll(fileByRule);
        StringWriter text = new StringWriter();
        try {
            rules.store(text, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        entry.put(RULES, text.toString().getBytes(StandardCharsets.UTF_8));
        entry.putAll(classes);
        return entry;
    }

    /** Reads an entry back; throws {@link IllegalArgumentException} when it is not one. */
    static CompiledUnit fromEntry(Map<String, byte[]> entry) {
        byte[] models = entry.get(MODELS);
        byte[] rules = entry.get(RULES);
        if (models == null || rules == null) {
            throw new IllegalArgumentException("not a compiled unit");
        }
        Properties fileByRule = new Properties();
        try {
            fileByRule.load(new StringReader(new String(rules, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        Map<String, byte[]> classes = new TreeMap<>(entry);
        classes.remove(MODELS);
        classes.remove(RULES);
        Map<String, String> files = new TreeMap<>();
        fileByRule.forEach((k, v) -> files.put((String) k, (String) v));
        List<String> names = new String(models, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        return new CompiledUnit(classes, names, files);
    }
}
