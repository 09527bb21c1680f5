package com.servicepolicy.evaluator.sandbox;

import com.servicepolicy.evaluator.engine.RuleCompiler;
import com.servicepolicy.evaluator.engine.RuleProblem;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.RuleInfo;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The child side of {@link RuleSandbox}: in a JVM of its own, started in a scratch directory, compiles the
 * rule set in {@code input.json} under {@link SandboxSecurity} and writes {@code result.json}. Whatever the
 * authors' code does while it compiles (a {@code declare} default, a function called from one) happens here.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]).toAbsolutePath().normalize();
        JsonMapper json = JsonMapper.builder().build();
        SandboxInput input = json.readValue(Files.readString(scratch.resolve(SandboxInput.FILE)), SandboxInput.class);
        System.setProperty("evaluator.rules.cache", "off"); // authors' DRL on trial is compiled, never cached
        SandboxSecurity security = SandboxSecurity.install(scratch);
        SandboxResult result;
        try {
            PolicySettings settings = RuleSetLoader.parseSettings(input.settingsFile(), input.settings(), input.resources());
            RuleSet compiled = RuleCompiler.compile(input.drl(), input.settingsFile(), input.settings(), input.resources(),
                    settings);
            result = new SandboxResult(true, List.of(), compiled.rules().stream().map(RuleInfo::code).toList(),
                    compiled.version(), null);
        } catch (RuleSetException e) {
            result = new SandboxResult(false, e.problems(), List.of(), null, null);
        } catch (Throwable e) { // the authors' code may throw anything, SecurityException included
            result = new SandboxResult(false, List.of(new RuleProblem("", 0, 0, "the compile failed: " + e)), List.of(),
                    null, null);
        }
        Files.writeString(scratch.resolve(SandboxResult.FILE), json.writeValueAsString(result));
        security.allowExit();
        System.exit(0);
    }
}
