package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.RuleInfo;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles DRL text into a {@link RuleSet}. Each file goes into the KieFileSystem at the path of its
 * declared package (Drools expects them to agree), and every compile problem is mapped back to the
 * author's file, line and column.
 */
public final class RuleCompiler {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final String RESOURCES = "src/main/resources/";

    private RuleCompiler() {
    }

    /**
     * @param drlFiles file name (as reported in problems) to DRL text
     * @param settingsFile name of the settings file, kept with the sources and hashed into the version
     */
    public static RuleSet compile(Map<String, String> drlFiles, String settingsFile, String settingsText,
                                  PolicySettings settings) throws RuleSetException {
        return compile(drlFiles, settingsFile, settingsText, Map.of(), settings);
    }

    /** @param resources other files the settings read (iCalendar holidays), kept with the sources and hashed too */
    public static RuleSet compile(Map<String, String> drlFiles, String settingsFile, String settingsText,
                                  Map<String, String> resources, PolicySettings settings) throws RuleSetException {
        Map<String, String> sources = new TreeMap<>(drlFiles);
        sources.putAll(resources);
        sources.put(settingsFile, settingsText);
        String version = versionOf(sources);

        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("com.servicepolicy.rules", "rule-set", version);
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> fileByPath = pathsOf(drlFiles);
        fileByPath.forEach((path, file) -> kfs.write(RESOURCES + path, drlFiles.get(file)));
        Map<String, String> textByPath = new HashMap<>();
        fileByPath.forEach((path, file) -> textByPath.put(path, drlFiles.get(file)));
        Optional<CachedRules.Built> cached = ModelCache.standard()
                .flatMap(cache -> CachedRules.build(textByPath, fileByPath, cache));
        KieBase kieBase = cached.isPresent() ? cached.get().kieBase() : compileClassic(ks, kfs, releaseId, fileByPath, drlFiles);
        Map<String, String> fileByRule = cached.map(CachedRules.Built::fileByRule).orElse(Map.of());
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        Set<String> globals = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            pkg.getGlobalVariables().stream().map(Global::getName).forEach(globals::add);
            for (Rule rule : pkg.getRules()) {
                if (RuleMetadata.reportsViolations(rule)) {
                    rules.add(RuleMetadata.read(rule, sourceOf(rule, fileByPath, fileByRule), settings, problems));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        rules.sort(Comparator.comparing(RuleInfo::sourceFile).thenComparing(RuleInfo::code));
        return new RuleSet(version, kieBase, rules, globals, settings, sources);
    }

    /** Each file's path in a KieFileSystem (the folder of its declared package, as Drools expects) to its name. */
    static Map<String, String> pathsOf(Map<String, String> drlFiles) throws RuleSetException {
        Map<String, String> fileByPath = new HashMap<>();
        List<RuleProblem> duplicates = new ArrayList<>();
        for (var e : drlFiles.entrySet()) {
            String path = packagePath(e.getValue()) + baseName(e.getKey());
            if (fileByPath.putIfAbsent(path, e.getKey()) != null) {
                duplicates.add(new RuleProblem(e.getKey(), 1, 1, "another file has the same name and package"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new RuleSetException(duplicates);
        }
        return fileByPath;
    }

    /** The DRL compiled as Drools does by default; its problems are the ones reported to authors. */
    private static KieBase compileClassic(KieServices ks, KieFileSystem kfs, ReleaseId releaseId,
                                          Map<String, String> fileByPath, Map<String, String> drlFiles)
            throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = fileByPath.getOrDefault(m.getPath(), String.valueOf(m.getPath()));
            problems.add(ProblemLocator.locate(file, m.getLine(), m.getColumn(), m.getText().strip(), drlFiles.get(file)));
        }
        ProblemLocator.dropConsequentialProblems(problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        try {
            return ks.newKieContainer(releaseId).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId); // each reload builds a new module; don't keep old ones
        }
    }

    private static String sourceOf(Rule rule, Map<String, String> fileByPath, Map<String, String> fileByRule) {
        String cached = fileByRule.get(ModelCompiler.qualified(rule.getPackageName(), rule.getName()));
        if (cached != null) {
            return cached;
        }
        if (rule instanceof RuleImpl impl && impl.getResource() != null) {
            String path = impl.getResource().getSourcePath().replaceFirst("^" + RESOURCES, "");
            return fileByPath.getOrDefault(path, path);
        }
        return rule.getPackageName();
    }

    private static String packagePath(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static String baseName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    /** Content hash of a rule set's files (name and text of every DRL and the settings). */
    static String versionOf(Map<String, String> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var e : sources.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
