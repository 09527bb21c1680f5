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

    /** A rule whose {@code then} sleeps for {@code seconds}, as a slow call from a rule would. */
    public static final String SLEEPER = "Sleep in the consequence";

    public static Path sleepingRule(Path dir, int seconds) throws IOException {
        return writeTo(dir, """
                package policies.sleep;
                import com.servicepolicy.evaluator.policy.Interaction;
                rule "%s"
                when
                    $i : Interaction()
                then
                    Thread.sleep(%d * 1000L);
                end
                """.formatted(SLEEPER, seconds));
    }

    /** A rule whose {@code then} never ends and swallows every interrupt: only abandoning its thread helps. */
    public static final String DEAF = "Loop and ignore interrupts";

    public static Path deafRule(Path dir) throws IOException {
        return writeTo(dir, """
                package policies.deaf;
                import com.servicepolicy.evaluator.policy.Interaction;
                rule "%s"
                when
                    $i : Interaction()
                then
                    while (true) {
                        try { Thread.sleep(50); } catch (InterruptedException ignored) { }
                    }
                end
                """.formatted(DEAF));
    }

    /** A rule whose {@code then} throws, as a rule with a bug does. */
    public static final String THROWER = "Throw in the consequence";

    public static Path throwingRule(Path dir) throws IOException {
        return writeTo(dir, """
                package policies.thrower;
                import com.servicepolicy.evaluator.policy.Interaction;
                rule "%s"
                when
                    $i : Interaction()
                then
                    throw new IllegalStateException("a bug in the rule");
                end
                """.formatted(THROWER));
    }

    /** Writes the default settings and {@code drl} as {@code loop.drl} into {@code dir}. */
    public static Path writeTo(Path dir, String drl) throws IOException {
        Files.copy(Path.of("rules/settings.yaml"), dir.resolve("settings.yaml"));
        Files.writeString(dir.resolve("loop.drl"), drl);
        return dir;
    }
}
