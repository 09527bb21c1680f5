package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.sandbox.SandboxSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code evaluator.*} properties of the HTTP service, bound by Spring and turned into the plain
 * {@link ServiceSettings} the rest of the code reads.
 */
@ConfigurationProperties("evaluator")
public record ServiceProperties(
        Path rulesDir,
        @DefaultValue("10000") int maxEventsPerRequest,
        @DefaultValue("10MB") DataSize maxBodySize,
        @DefaultValue("true") boolean watchRules,
        @DefaultValue("2s") Duration reloadDebounce,
        @DefaultValue Limits limits,
        @DefaultValue Sandbox sandbox) {

    /** The JVM that compiles submitted DRL (validation, reloads): see {@link SandboxSettings}. */
    public record Sandbox(@DefaultValue("384MB") DataSize heap,
                          @DefaultValue("120") int cpuSeconds,
                          @DefaultValue("60s") Duration timeout,
                          @DefaultValue("2") int concurrent) {
        SandboxSettings toSettings() {
            return new SandboxSettings(heap, cpuSeconds, timeout, concurrent);
        }
    }

    /**
     * Bounds of one evaluation (see {@link EvaluationLimits}): {@code maxTime} per rule session and
     * {@code maxRequestTime} for a whole request (its sessions and its wait for a rule thread), on at most
     * {@code ruleThreads} threads.
     */
    public record Limits(@DefaultValue("2000") int groupSize,
                         @DefaultValue("50") int maxFiringsPerFact,
                         @DefaultValue("10000") int minFirings,
                         @DefaultValue("10s") Duration maxTime,
                         @DefaultValue("10s") Duration maxRequestTime,
                         @DefaultValue("8") int ruleThreads) {
    }

    ServiceSettings toSettings() {
        return new ServiceSettings(rulesDir, maxEventsPerRequest, maxBodySize.toBytes(), watchRules, reloadDebounce,
                new EvaluationLimits(limits.groupSize(), limits.maxFiringsPerFact(), limits.minFirings(),
                        limits.maxTime()).withMaxRunTime(limits.maxRequestTime()), limits.ruleThreads());
    }
}
