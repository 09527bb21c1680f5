package com.servicepolicy.evaluator.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A rule set whose one rule never stops firing: the default settings plus {@code loop.drl}. */
public final class LoopingRules {
    public static final String RULE = "Touch the interaction forever";

    private LoopingRules() {
    }

    /** Writes the rule set into {@code dir} (the default settings, and a rule that updates its fact forever). */
    public static Path writeTo(Path dir) throws IOException {
        return writeTo(dir, """
                package policies.loop;
                import com.servicepolicy.evaluator.policy.Interaction;
                rule "%s"
                when
                    $i : Interaction()
                then
                    update($i);
                end
                """.formatted(RULE));
    }

    /** Writes the default settings and {@code drl} as {@code loop.drl} into {@code dir}. */
    static Path writeTo(Path dir, String drl) throws IOException {
        Files.copy(Path.of("rules/settings.yaml"), dir.resolve("settings.yaml"));
        Files.writeString(dir.resolve("loop.drl"), drl);
        return dir;
    }
}
