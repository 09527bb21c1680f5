package com.servicepolicy.evaluator.service;

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
    RuleSetHolder ruleSetHolder(ServiceSettings settings, EvaluationMetrics metrics, Clock clock) {
        return new RuleSetHolder(settings, metrics, clock);
    }

    @Bean // a batch run reads the rules once; only the long-running service follows edits
    @ConditionalOnWebApplication
    RulesDirectoryWatcher rulesDirectoryWatcher(RuleSetHolder holder, ServiceSettings settings) {
        return new RulesDirectoryWatcher(holder, settings.reloadDebounce(), settings.watchRules());
    }

    @Bean
    RuleValidator ruleValidator(RuleSetHolder holder) {
        return new RuleValidator(holder);
    }

    @Bean
    EvaluationService evaluationService(RuleSetHolder holder, ServiceSettings settings, EvaluationMetrics metrics) {
        return new EvaluationService(holder, settings.limits(), metrics, new DecisionLog());
    }

    @Bean
    RulesHealthIndicator rulesHealthIndicator(RuleSetHolder holder) {
        return new RulesHealthIndicator(holder);
    }
}
