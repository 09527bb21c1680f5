package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.RuleThreads;
import com.servicepolicy.evaluator.sandbox.RuleSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the evaluation service from the {@code evaluator.*} properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceProperties.class)
class ServiceConfiguration {

    @Bean
    ServiceSettings serviceSettings(ServiceProperties properties) {
        return properties.toSettings();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EvaluationMetrics evaluationMetrics(MeterRegistry registry) {
        return new EvaluationMetrics(registry);
    }

    @Bean
    RuleSandbox ruleSandbox(ServiceProperties properties) {
        return new RuleSandbox(properties.sandbox().toSettings());
    }

    @Bean
    RuleSetHolder ruleSetHolder(ServiceSettings settings, EvaluationMetrics metrics, Clock clock, RuleSandbox sandbox) {
        return new RuleSetHolder(settings, metrics, clock, sandbox);
    }

    @Bean // a batch run reads the rules once; only the long-running service follows edits
    @ConditionalOnWebApplication
    RulesDirectoryWatcher rulesDirectoryWatcher(RuleSetHolder holder, ServiceSettings settings) {
        return new RulesDirectoryWatcher(holder, settings.reloadDebounce(), settings.watchRules());
    }

    @Bean
    RuleValidator ruleValidator(RuleSetHolder holder, RuleSandbox sandbox) {
        return new RuleValidator(holder, sandbox);
    }

    @Bean
    RuleThreads ruleThreads(ServiceSettings settings, EvaluationMetrics metrics) {
        RuleThreads threads = new RuleThreads(settings.ruleThreads());
        metrics.watch(threads);
        return threads;
    }

    @Bean
    RulesCanEvaluate rulesCanEvaluate() {
        return new RulesCanEvaluate();
    }

    @Bean
    EvaluationService evaluationService(RuleSetHolder holder, ServiceSettings settings, RuleThreads threads,
                                        EvaluationMetrics metrics, RulesCanEvaluate outcomes) {
        return new EvaluationService(holder, settings.limits(), threads, metrics, new DecisionLog(), outcomes);
    }

    @Bean
    RulesHealthIndicator rulesHealthIndicator(RuleSetHolder holder, RuleThreads threads, RulesCanEvaluate outcomes) {
        return new RulesHealthIndicator(holder, threads, outcomes);
    }
}
