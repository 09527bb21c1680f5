package com.servicepolicy.evaluator.engine;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compiles a unit to Drools' executable model: DRL to Java source to classes, which load later without
 * parsing or compiling anything. Reports only whether it worked: problems are reported by the classic compile,
 * whose messages and positions the authors' tools are built on.
 */
final class ModelCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final String MODELS_FILE = "drools-model";

    private ModelCompiler() {
    }

    /** The compiled unit, or empty when the executable model cannot compile it. */
    static Optional<CompiledUnit> compile(RuleUnit unit, Map<String, String> fileByPath) {
        Optional<Map<String, String>> fileByRule = fileByRule(unit, fileByPath);
        if (fileByRule.isEmpty()) { // a syntax error: the classic compile reports it, no need to try this one
            return Optional.empty();
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("com.servicepolicy.rules", "unit", unit.key());
        kfs.generateAndWritePomXML(releaseId);
        unit.files().forEach((path, text) -> kfs.write(RESOURCES + path, text));
        KieBuilder builder = ks.newKieBuilder(kfs);
        try {
            builder.buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            return Optional.empty();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
        if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
            return Optional.empty();
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> classes = new TreeMap<>();
        List<String> models = List.of();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                classes.put(name, module.getBytes(name));
            } else if (name.endsWith("/" + MODELS_FILE)) {
                models = new String(module.getBytes(name), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.contains(":")).toList(); // the first line is a version header
            }
        }
        if (models.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CompiledUnit(classes, models, fileByRule.get()));
    }

    /** The author's file of each rule, by the rule's package-qualified name. */
    private static Optional<Map<String, String>> fileByRule(RuleUnit unit, Map<String, String> fileByPath) {
        Map<String, String> files = new HashMap<>();
        for (var f : unit.files().entrySet()) {
            try {
                DrlParser parser = new DrlParser();
                PackageDescr pkg = parser.parse(false, f.getValue());
                if (pkg == null || parser.hasErrors()) {
                    return Optional.empty();
                }
                for (RuleDescr rule : pkg.getRules()) {
                    files.put(qualified(pkg.getName(), rule.getName()), fileByPath.getOrDefault(f.getKey(), f.getKey()));
                }
            } catch (DroolsParserException e) {
                return Optional.empty();
            }
        }
        return Optional.of(files);
    }

    static String qualified(String packageName, String ruleName) {
        return packageName + " " + ruleName;
    }
}
