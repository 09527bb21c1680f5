package com.servicepolicy.evaluator.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The DRL files of one package, compiled and cached together: files of one package may share functions,
 * queries and declared types. A changed file recompiles only its unit. (A package that imports another's
 * functions or types does not compile alone; then the rule set is compiled classically, without the cache.)
 *
 * @param files path in the KieFileSystem ({@code package/as/path/file.drl}) to DRL text
 * @param key   hash of the unit's files and of everything the compiled classes depend on
 */
record RuleUnit(SortedMap<String, String> files, String key) {

    /** One unit per package of the given files, keyed with {@code build} (the engine's identity). */
    static List<RuleUnit> byPackage(Map<String, String> textByPath, String build) {
        Map<String, SortedMap<String, String>> byPackage = new TreeMap<>();
        textByPath.forEach((path, text) -> byPackage
                .computeIfAbsent(path.substring(0, path.lastIndexOf('/') + 1), p -> new TreeMap<>()).put(path, text));
        List<RuleUnit> units = new ArrayList<>();
        byPackage.values().forEach(files -> units.add(of(files, build)));
        return units;
    }

    private static RuleUnit of(SortedMap<String, String> files, String build) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(build.getBytes(StandardCharsets.UTF_8));
            for (var e : files.entrySet()) {
                sha.update((byte) 0);
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            return new RuleUnit(files, HexFormat.of().formatHex(sha.digest()).substring(0, 32));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
